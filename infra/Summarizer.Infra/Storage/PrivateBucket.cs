using System.Text.Json.Nodes;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Storage;

/// <summary>
/// A bucket nobody outside the account can reach: public access blocked, every object encrypted at rest
/// (SSE-S3), a policy refusing any request not made over TLS, and unfinished multipart uploads cleaned up.
/// Extra lifecycle rules (e.g. the staging prefix) are passed in, since a bucket has one lifecycle configuration.
/// A versioned bucket keeps every object version (an overwrite or delete never loses the bytes a job was started
/// for) and expires versions that are no longer current after <see cref="NoncurrentVersionDays"/> days.
/// </summary>
public sealed class PrivateBucket : ComponentResource
{
    public Aws.S3.Bucket Bucket { get; }

    /// <summary>The bucket's auto-generated name (S3 names are global, so Pulumi adds a random suffix).</summary>
    public Output<string> Name => Bucket.BucketName;

    public Output<string> Arn => Bucket.Arn;

    /// <summary>How long a versioned bucket keeps a version after a newer one replaced it.</summary>
    public const int NoncurrentVersionDays = 30;

    public PrivateBucket(string name, bool forceDestroy, IEnumerable<Aws.S3.Inputs.BucketLifecycleConfigurationRuleArgs>? lifecycleRules = null,
        bool versioned = false, ComponentResourceOptions? options = null)
        : base("summarizer:storage:PrivateBucket", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };
        Bucket = new Aws.S3.Bucket(name, new Aws.S3.BucketArgs { ForceDestroy = forceDestroy }, child);

        var publicAccessBlock = new Aws.S3.BucketPublicAccessBlock($"{name}-public-access-block", new Aws.S3.BucketPublicAccessBlockArgs
        {
            Bucket = Bucket.BucketName,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        }, child);

        new Aws.S3.BucketServerSideEncryptionConfiguration($"{name}-encryption", new Aws.S3.BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = Bucket.BucketName,
            Rules =
            {
                new Aws.S3.Inputs.BucketServerSideEncryptionConfigurationRuleArgs
                {
                    ApplyServerSideEncryptionByDefault = new Aws.S3.Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs
                    {
                        SseAlgorithm = "AES256",
                    },
                },
            },
        }, child);

        // S3 rejects a policy change while the public access block is being applied, hence the explicit order.
        new Aws.S3.BucketPolicy($"{name}-tls-only", new Aws.S3.BucketPolicyArgs
        {
            Bucket = Bucket.BucketName,
            Policy = Bucket.Arn.Apply(TlsOnlyPolicy),
        }, new CustomResourceOptions { Parent = this, DependsOn = { publicAccessBlock } });

        var rules = new Aws.S3.BucketLifecycleConfigurationArgs { Bucket = Bucket.BucketName };
        rules.Rules.Add(new Aws.S3.Inputs.BucketLifecycleConfigurationRuleArgs
        {
            Id = "abort-incomplete-multipart-uploads",
            Status = "Enabled",
            Filter = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = "" },
            AbortIncompleteMultipartUpload = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs
            {
                DaysAfterInitiation = 1,
            },
        });
        foreach (var rule in lifecycleRules ?? []) rules.Rules.Add(rule);
        var lifecycleOptions = child;
        if (versioned)
        {
            var versioning = new Aws.S3.BucketVersioning($"{name}-versioning", new Aws.S3.BucketVersioningArgs
            {
                Bucket = Bucket.BucketName,
                VersioningConfiguration = new Aws.S3.Inputs.BucketVersioningVersioningConfigurationArgs { Status = "Enabled" },
            }, child);
            rules.Rules.Add(new Aws.S3.Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = "expire-noncurrent-versions",
                Status = "Enabled",
                Filter = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = "" },
                NoncurrentVersionExpiration = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs
                {
                    NoncurrentDays = NoncurrentVersionDays,
                },
            });
            // S3 validates version rules against the bucket's versioning state, so versioning comes first.
            lifecycleOptions = new CustomResourceOptions { Parent = this, DependsOn = { versioning } };
        }
        new Aws.S3.BucketLifecycleConfiguration($"{name}-lifecycle", rules, lifecycleOptions);

        RegisterOutputs();
    }

    /// <summary>Denies every request made without TLS, to the bucket and to its objects.</summary>
    internal static string TlsOnlyPolicy(string bucketArn)
    {
        var statement = PolicyJson.Statement("Deny", ["s3:*"], [bucketArn, $"{bucketArn}/*"]);
        statement["Sid"] = "DenyInsecureTransport";
        statement["Principal"] = "*";
        statement["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["aws:SecureTransport"] = "false" } };
        return PolicyJson.Document(statement);
    }
}
