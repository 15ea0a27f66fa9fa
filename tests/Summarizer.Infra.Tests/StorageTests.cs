using Pulumi.Aws.S3;
using Summarizer.Contract;

namespace Summarizer.Infra.Tests;

public class StorageTests
{
    private static readonly string[] Buckets = ["storage-input", "storage-output", "storage-artifacts"];
    private StackRun _stack = null!;

    [OneTimeSetUp]
    public void Deploy() => _stack = StackRun.Dev();

    [Test]
    public void There_are_exactly_the_three_buckets() =>
        Assert.That(_stack.All<Bucket, BucketArgs>().Select(b => b.Registration.Name), Is.EquivalentTo(Buckets));

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_blocks_all_public_access(string bucket)
    {
        var (resource, _, _) = _stack.Named<Bucket, BucketArgs>(bucket);
        var (_, block, _) = _stack.Named<BucketPublicAccessBlock, BucketPublicAccessBlockArgs>($"{bucket}-public-access-block");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(block.Bucket), Is.EqualTo(Values.Of(resource.BucketName)));
            Assert.That(Values.Of(block.BlockPublicAcls), Is.True);
            Assert.That(Values.Of(block.BlockPublicPolicy), Is.True);
            Assert.That(Values.Of(block.IgnorePublicAcls), Is.True);
            Assert.That(Values.Of(block.RestrictPublicBuckets), Is.True);
        });
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_encrypts_objects_by_default(string bucket)
    {
        var (resource, _, _) = _stack.Named<Bucket, BucketArgs>(bucket);
        var (_, sse, _) = _stack.Named<BucketServerSideEncryptionConfiguration, BucketServerSideEncryptionConfigurationArgs>($"{bucket}-encryption");
        var rules = Values.Of(sse.Rules);
        Assert.That(Values.Of(sse.Bucket), Is.EqualTo(Values.Of(resource.BucketName)));
        Assert.That(rules, Has.Length.EqualTo(1));
        Assert.That(Values.Of(Values.Of(rules[0].ApplyServerSideEncryptionByDefault).SseAlgorithm), Is.AnyOf("AES256", "aws:kms"));
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_policy_denies_requests_without_tls_on_the_bucket_and_its_objects(string bucket)
    {
        var (resource, _, _) = _stack.Named<Bucket, BucketArgs>(bucket);
        var (_, policyArgs, registration) = _stack.Named<BucketPolicy, BucketPolicyArgs>($"{bucket}-tls-only");
        var arn = Values.Of(resource.Arn);
        var deny = PolicyStatement.Parse(Values.PolicyOf(policyArgs.Policy)).Single(s => s.Effect == "Deny");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(policyArgs.Bucket), Is.EqualTo(Values.Of(resource.BucketName)));
            Assert.That(deny.Actions, Is.EqualTo(new[] { "s3:*" }));
            Assert.That(deny.Resources, Is.EquivalentTo(new[] { arn, $"{arn}/*" }));
            Assert.That(deny.Principal!.Value.GetString(), Is.EqualTo("*"));
            Assert.That(deny.Condition!.Value.GetProperty("Bool").GetProperty("aws:SecureTransport").GetString(), Is.EqualTo("false"));
            // Applied after the public access block, which S3 otherwise may reject concurrently.
            Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain($"{bucket}-public-access-block"));
        });
    }

    [Test]
    public void The_output_bucket_expires_abandoned_staging_objects_and_nothing_else()
    {
        var (_, lifecycle, _) = _stack.Named<BucketLifecycleConfiguration, BucketLifecycleConfigurationArgs>("storage-output-lifecycle");
        var expiring = Values.Of(lifecycle.Rules).Where(r => r.Expiration is not null).ToList();
        Assert.That(expiring, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(Values.Of(expiring[0].Filter).Prefix), Is.EqualTo(StorageLayout.StagingPrefix));
            Assert.That(Values.Of(Values.Of(expiring[0].Expiration).Days), Is.EqualTo(StorageLayout.StagingExpirationDays));
            Assert.That(Values.Of(expiring[0].Status), Is.EqualTo("Enabled"));
        });
    }

    [TestCaseSource(nameof(Buckets))]
    public void Every_bucket_aborts_unfinished_multipart_uploads(string bucket)
    {
        var (_, lifecycle, _) = _stack.Named<BucketLifecycleConfiguration, BucketLifecycleConfigurationArgs>($"{bucket}-lifecycle");
        Assert.That(Values.Of(lifecycle.Rules).Where(r => r.AbortIncompleteMultipartUpload is not null), Is.Not.Empty);
        Assert.That(Values.Of(lifecycle.Rules).Where(r => r.Expiration is not null && bucket != "storage-output"), Is.Empty,
            "only the output bucket's staging prefix expires: uploads and results are the user's");
    }

    [TestCase("storage-input", true)]
    [TestCase("storage-artifacts", true)]
    [TestCase("storage-output", false)]
    public void Uploads_and_artifacts_are_versioned_and_old_versions_expire(string bucket, bool versioned)
    {
        var (resource, _, _) = _stack.Named<Bucket, BucketArgs>(bucket);
        var versionings = _stack.All<BucketVersioning, BucketVersioningArgs>().Where(v => Values.Of(v.Args.Bucket) == Values.Of(resource.BucketName)).ToList();
        var (_, lifecycle, registration) = _stack.Named<BucketLifecycleConfiguration, BucketLifecycleConfigurationArgs>($"{bucket}-lifecycle");
        var noncurrent = Values.Of(lifecycle.Rules).Where(r => r.NoncurrentVersionExpiration is not null).ToList();
        if (!versioned)
        {
            Assert.That(versionings, Is.Empty);
            Assert.That(noncurrent, Is.Empty);
            return;
        }
        Assert.That(versionings, Has.Count.EqualTo(1));
        Assert.That(Values.Of(Values.Of(versionings[0].Args.VersioningConfiguration).Status), Is.EqualTo("Enabled"));
        Assert.That(noncurrent, Has.Count.EqualTo(1));
        Assert.That(Values.Of(Values.Of(noncurrent[0].NoncurrentVersionExpiration).NoncurrentDays), Is.EqualTo(Storage.PrivateBucket.NoncurrentVersionDays));
        Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain(versionings[0].Registration.Name));
    }

    [Test]
    public void Only_the_input_bucket_sends_events_to_eventbridge()
    {
        var notifications = _stack.All<BucketNotification, BucketNotificationArgs>();
        var (input, _, _) = _stack.Named<Bucket, BucketArgs>("storage-input");
        Assert.That(notifications, Has.Count.EqualTo(1));
        Assert.That(Values.Of(notifications[0].Args.Bucket), Is.EqualTo(Values.Of(input.BucketName)));
        Assert.That(Values.Of(notifications[0].Args.Eventbridge), Is.True);
    }

    [Test]
    public void User_data_buckets_survive_destroy_unless_configured_but_artifacts_do_not_block_it()
    {
        Assert.That(Values.Of(_stack.Named<Bucket, BucketArgs>("storage-input").Args.ForceDestroy), Is.False);
        Assert.That(Values.Of(_stack.Named<Bucket, BucketArgs>("storage-output").Args.ForceDestroy), Is.False);
        Assert.That(Values.Of(_stack.Named<Bucket, BucketArgs>("storage-artifacts").Args.ForceDestroy), Is.True);

        var forced = StackRun.Dev(new Dictionary<string, string> { ["summarizer:forceDestroyBuckets"] = "true" });
        Assert.That(Values.Of(forced.Named<Bucket, BucketArgs>("storage-input").Args.ForceDestroy), Is.True);
    }

    [Test]
    public void Security_resources_are_children_of_their_bucket_component()
    {
        var (_, _, sse) = _stack.Named<BucketServerSideEncryptionConfiguration, BucketServerSideEncryptionConfigurationArgs>("storage-input-encryption");
        Assert.That(sse.Parent!.GetResourceType(), Is.EqualTo("summarizer:storage:PrivateBucket"));
        Assert.That(sse.Parent.GetResourceName(), Is.EqualTo("storage-input"));
    }
}
