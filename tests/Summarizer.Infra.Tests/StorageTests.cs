using Pulumi.Aws.S3;
using Summarizer.Contract;

namespace Summarizer.Infra.Tests;

public class StorageTests
{
    private static readonly string[] Buckets = ["storage-input", "storage-output", "storage-artifacts"];
    private StackRun _stack = null!;

    [OneTimeSetUp]
    public void Deploy() => _stack = StackRun.Dev();

    private string BucketName(string bucket) => Values.Of(_stack.Named<Bucket>(bucket).Resource.BucketName);

    [Test]
    public void There_are_exactly_the_three_buckets() =>
        Assert.That(_stack.All<Bucket>().Select(b => b.Name), Is.EquivalentTo(Buckets));

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_blocks_all_public_access(string bucket)
    {
        var block = _stack.Named<BucketPublicAccessBlock>($"{bucket}-public-access-block").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(block.String("bucket"), Is.EqualTo(BucketName(bucket)));
            Assert.That(block.Bool("blockPublicAcls"), Is.True);
            Assert.That(block.Bool("blockPublicPolicy"), Is.True);
            Assert.That(block.Bool("ignorePublicAcls"), Is.True);
            Assert.That(block.Bool("restrictPublicBuckets"), Is.True);
        });
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_encrypts_objects_by_default(string bucket)
    {
        var sse = _stack.Named<BucketServerSideEncryptionConfiguration>($"{bucket}-encryption").Inputs;
        var rules = sse.Maps("rules");
        Assert.That(sse.String("bucket"), Is.EqualTo(BucketName(bucket)));
        Assert.That(rules, Has.Count.EqualTo(1));
        Assert.That(rules[0].Map("applyServerSideEncryptionByDefault").String("sseAlgorithm"), Is.AnyOf("AES256", "aws:kms"));
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_policy_denies_requests_without_tls_on_the_bucket_and_its_objects(string bucket)
    {
        var arn = Values.Of(_stack.Named<Bucket>(bucket).Resource.Arn);
        var policy = _stack.Named<BucketPolicy>($"{bucket}-tls-only");
        var deny = PolicyStatement.Parse(policy.Inputs.Policy("policy")).Single(s => s.Effect == "Deny");
        Assert.Multiple(() =>
        {
            Assert.That(policy.Inputs.String("bucket"), Is.EqualTo(BucketName(bucket)));
            Assert.That(deny.Actions, Is.EqualTo(new[] { "s3:*" }));
            Assert.That(deny.Resources, Is.EquivalentTo(new[] { arn, $"{arn}/*" }));
            Assert.That(deny.Principal!.Value.GetString(), Is.EqualTo("*"));
            Assert.That(deny.Condition!.Value.GetProperty("Bool").GetProperty("aws:SecureTransport").GetString(), Is.EqualTo("false"));
            // Applied after the public access block, which S3 otherwise may reject concurrently.
            Assert.That(policy.DependsOn, Does.Contain($"{bucket}-public-access-block"));
        });
    }

    [Test]
    public void The_output_bucket_expires_abandoned_staging_objects_and_nothing_else()
    {
        var lifecycle = _stack.Named<BucketLifecycleConfiguration>("storage-output-lifecycle").Inputs;
        var expiring = lifecycle.Maps("rules").Where(r => r.Has("expiration")).ToList();
        Assert.That(expiring, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(expiring[0].Map("filter").String("prefix"), Is.EqualTo(StorageLayout.StagingPrefix));
            Assert.That(expiring[0].Map("expiration").Number("days"), Is.EqualTo(StorageLayout.StagingExpirationDays));
            Assert.That(expiring[0].String("status"), Is.EqualTo("Enabled"));
        });
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_aborts_unfinished_multipart_uploads(string bucket)
    {
        var rules = _stack.Named<BucketLifecycleConfiguration>($"{bucket}-lifecycle").Inputs.Maps("rules");
        Assert.That(rules.Where(r => r.Has("abortIncompleteMultipartUpload")), Is.Not.Empty);
        Assert.That(rules.Where(r => r.Has("expiration") && bucket != "storage-output"), Is.Empty,
            "only the output bucket's staging prefix expires: uploads and results are the user's");
    }

    [TestCase("storage-input", true)]
    [TestCase("storage-artifacts", true)]
    [TestCase("storage-output", false)]
    public void Uploads_and_artifacts_are_versioned_and_old_versions_expire(string bucket, bool versioned)
    {
        var versionings = _stack.All<BucketVersioning>().Where(v => v.Inputs.String("bucket") == BucketName(bucket)).ToList();
        var lifecycle = _stack.Named<BucketLifecycleConfiguration>($"{bucket}-lifecycle");
        var noncurrent = lifecycle.Inputs.Maps("rules").Where(r => r.Has("noncurrentVersionExpiration")).ToList();
        if (!versioned)
        {
            Assert.That(versionings, Is.Empty);
            Assert.That(noncurrent, Is.Empty);
            return;
        }
        Assert.That(versionings, Has.Count.EqualTo(1));
        Assert.That(versionings[0].Inputs.Map("versioningConfiguration").String("status"), Is.EqualTo("Enabled"));
        Assert.That(noncurrent, Has.Count.EqualTo(1));
        Assert.That(noncurrent[0].Map("noncurrentVersionExpiration").Number("noncurrentDays"), Is.EqualTo(Storage.PrivateBucket.NoncurrentVersionDays));
        Assert.That(lifecycle.DependsOn, Does.Contain(versionings[0].Name));
    }

    [Test]
    public void Only_the_input_bucket_sends_events_to_eventbridge()
    {
        var notifications = _stack.All<BucketNotification>();
        Assert.That(notifications, Has.Count.EqualTo(1));
        Assert.That(notifications[0].Inputs.String("bucket"), Is.EqualTo(BucketName("storage-input")));
        Assert.That(notifications[0].Inputs.Bool("eventbridge"), Is.True);
    }

    [Test]
    public void User_data_buckets_survive_destroy_unless_configured_but_artifacts_do_not_block_it()
    {
        Assert.That(_stack.Named<Bucket>("storage-input").Inputs.Bool("forceDestroy"), Is.False);
        Assert.That(_stack.Named<Bucket>("storage-output").Inputs.Bool("forceDestroy"), Is.False);
        Assert.That(_stack.Named<Bucket>("storage-artifacts").Inputs.Bool("forceDestroy"), Is.True);

        var forced = StackRun.Dev(new Dictionary<string, string> { ["summarizer:forceDestroyBuckets"] = "true" });
        Assert.That(forced.Named<Bucket>("storage-input").Inputs.Bool("forceDestroy"), Is.True);
    }

    [Test]
    public void Security_resources_are_children_of_their_bucket_component()
    {
        var parent = _stack.Named<BucketServerSideEncryptionConfiguration>("storage-input-encryption").Options.Parent;
        Assert.That(parent!.GetResourceType(), Is.EqualTo("summarizer:storage:PrivateBucket"));
        Assert.That(parent.GetResourceName(), Is.EqualTo("storage-input"));
    }
}
