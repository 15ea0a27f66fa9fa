using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.S3;

/// <summary>`summarizer batch` with s3:// input and output against moto's S3 server, the CLI configured only
/// through the standard AWS environment (endpoint, region, credentials), as on the EC2 worker.</summary>
[NonParallelizable]
public class S3RoundTripTests
{
    private MotoServer _moto = null!;
    private AmazonS3Client _s3 = null!;
    private const string Bucket = "reviews";

    [OneTimeSetUp]
    public void StartMoto()
    {
        _moto = MotoServer.Start();
        _s3 = new AmazonS3Client(new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
            new AmazonS3Config { ServiceURL = _moto.Endpoint, ForcePathStyle = true, AuthenticationRegion = MotoServer.Region });
    }

    [OneTimeTearDown]
    public void StopMoto()
    {
        _s3?.Dispose();
        _moto?.Dispose();
    }

    [SetUp]
    public async Task FreshBucket()
    {
        _moto.Reset();
        await _s3.PutBucketAsync(Bucket);
    }

    private SummarizerProcess.Result RunBatch(params string[] args) =>
        SummarizerProcess.Run(["batch", .. args], environment: _moto.AwsEnvironment());

    private async Task PutAsync(string key, string path) =>
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, FilePath = path });

    private async Task<string> GetAsync(string key)
    {
        using var response = await _s3.GetObjectAsync(Bucket, key);
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync();
    }

    private async Task<List<string>> KeysAsync()
    {
        var listing = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });
        return (listing.S3Objects ?? []).Select(o => o.Key).ToList();
    }

    private async Task<int> PendingUploadsAsync()
    {
        var uploads = await _s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Bucket });
        return uploads.MultipartUploads?.Count ?? 0;
    }

    [Test]
    public async Task S3InAndOutGivesTheSameCsvAsLocalFiles()
    {
        using var dir = new TempFolder();
        var local = dir.File("local.csv");
        var localRun = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, local);
        Assert.That(localRun.ExitCode, Is.EqualTo(0), localRun.ToString());
        await PutAsync("incoming/reviews.csv", RepoPaths.ReviewsHead1000);

        var run = RunBatch($"s3://{Bucket}/incoming/reviews.csv", $"s3://{Bucket}/staging/reviews.summary.csv");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(await GetAsync("staging/reviews.summary.csv"), Is.EqualTo(await File.ReadAllTextAsync(local)));
        Assert.That(await PendingUploadsAsync(), Is.Zero);
    }

    [Test]
    public async Task AnOutputLargerThanOnePartIsAssembledInOrder()
    {
        // --keep-columns on 24,000 rows makes ~12 MB of output: two parts of the multipart upload.
        using var dir = new TempFolder();
        var input = dir.Write("big.csv", Batch.BatchRealReviewsTests.RepeatedReviews(24));
        await PutAsync("big.csv", input);

        var run = RunBatch($"s3://{Bucket}/big.csv", $"s3://{Bucket}/big.summary.csv", "--keep-columns");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Parse(await GetAsync("big.summary.csv"));
        Assert.That(result.ColumnValues("Id"), Is.EqualTo(Enumerable.Range(1, 24_000).Select(i => i.ToString())));
    }

    [Test]
    public async Task ABrokenInputLeavesNoOutputObjectAndNoPendingUpload()
    {
        // Thousands of good rows first, so parts have been uploaded when the unterminated quote is found.
        using var dir = new TempFolder();
        var input = dir.Write("broken.csv", Batch.BatchRealReviewsTests.RepeatedReviews(24) + "24001,\"never closed\n");
        await PutAsync("broken.csv", input);

        var run = RunBatch($"s3://{Bucket}/broken.csv", $"s3://{Bucket}/broken.summary.csv", "--keep-columns");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain("unterminated quote"));
        Assert.That(await KeysAsync(), Is.EquivalentTo(new[] { "broken.csv" }), "no output object");
        Assert.That(await PendingUploadsAsync(), Is.Zero, "the multipart upload was aborted");
    }

    [Test]
    public async Task AMissingInputObjectIsExitCode4AndCreatesNothing()
    {
        var run = RunBatch($"s3://{Bucket}/nope.csv", $"s3://{Bucket}/out.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputUnavailable), run.ToString());
        Assert.That(run.StdErr, Does.Contain("NoSuchKey"));
        Assert.That(await KeysAsync(), Is.Empty);
        Assert.That(await PendingUploadsAsync(), Is.Zero);
    }

    [Test]
    public async Task AMissingOutputBucketIsExitCode5()
    {
        await PutAsync("in.csv", RepoPaths.ReviewsHead1000);

        var run = RunBatch($"s3://{Bucket}/in.csv", "s3://no-such-bucket/out.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), run.ToString());
        Assert.That(run.StdErr, Does.Contain("no-such-bucket"));
    }
}
