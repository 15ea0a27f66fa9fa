using Summarizer.Cli.Storage;

namespace Summarizer.Cli.Tests;

public class StorageLocationTests
{
    [Test]
    public void S3AddressesSplitIntoBucketAndKey()
    {
        var location = StorageLocation.Parse("s3://my-bucket/staging/2026/reviews.summary.csv");
        Assert.That(location.Kind, Is.EqualTo(StorageKind.S3));
        Assert.That(location.Bucket, Is.EqualTo("my-bucket"));
        Assert.That(location.Key, Is.EqualTo("staging/2026/reviews.summary.csv"));
    }

    [TestCase("-", StorageKind.StandardStream)]
    [TestCase("reviews.csv", StorageKind.LocalFile)]
    [TestCase("/data/s3://odd/name.csv", StorageKind.LocalFile)]
    [TestCase("S3://bucket/key.csv", StorageKind.S3)]
    public void KindsAreRecognised(string text, StorageKind kind) =>
        Assert.That(StorageLocation.Parse(text).Kind, Is.EqualTo(kind));

    [TestCase("s3://")]
    [TestCase("s3://bucket")]
    [TestCase("s3://bucket/")]
    [TestCase("s3:///key")]
    public void IncompleteS3AddressesAreUsageErrors(string text)
    {
        var ex = Assert.Throws<CliException>(() => StorageLocation.Parse(text));
        Assert.That(ex!.ExitCode, Is.EqualTo(ExitCodes.Usage));
    }
}
