using Pulumi;
using Summarizer.Contract;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Storage;

/// <summary>
/// The three buckets: input (uploads start batch runs through EventBridge), output (results, plus the staging
/// prefix the summarizer writes to first) and artifacts (the published summarizer program and Lambda zip).
/// </summary>
public sealed class StorageComponent : ComponentResource
{
    public PrivateBucket Input { get; }
    public PrivateBucket Output { get; }
    public PrivateBucket Artifacts { get; }

    public StorageComponent(string name, SummarizerConfig config, ComponentResourceOptions? options = null)
        : base("summarizer:storage:Storage", name, options)
    {
        var child = new ComponentResourceOptions { Parent = this };
        // Versioned: each upload is an object version the batch job reads exactly, even if the key is written again.
        Input = new PrivateBucket($"{name}-input", config.ForceDestroyBuckets, versioned: true, options: child);
        Output = new PrivateBucket($"{name}-output", config.ForceDestroyBuckets, [StagingExpiry()], options: child);
        // Artifacts are rebuilt by every `pulumi up`, so destroying them never loses anything. Versioned: an
        // overwritten program archive keeps its earlier version (the worker runs only the hash it was given).
        Artifacts = new PrivateBucket($"{name}-artifacts", forceDestroy: true, versioned: true, options: child);

        // EventBridge gets every event of the input bucket; the rule keeps only "Object Created" of CSV files.
        new Aws.S3.BucketNotification($"{name}-input-to-eventbridge", new Aws.S3.BucketNotificationArgs
        {
            Bucket = Input.Name,
            Eventbridge = true,
        }, new CustomResourceOptions { Parent = this });

        RegisterOutputs();
    }

    // What a failed run leaves under the staging prefix is deleted after a few days.
    private static Aws.S3.Inputs.BucketLifecycleConfigurationRuleArgs StagingExpiry() => new()
    {
        Id = "expire-staging",
        Status = "Enabled",
        Filter = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = StorageLayout.StagingPrefix },
        Expiration = new Aws.S3.Inputs.BucketLifecycleConfigurationRuleExpirationArgs { Days = StorageLayout.StagingExpirationDays },
    };
}
