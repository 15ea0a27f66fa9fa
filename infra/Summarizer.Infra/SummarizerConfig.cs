using Pulumi;

namespace Summarizer.Infra;

/// <summary>
/// The stack's settings, typed, each with a safe default so an empty stack config deploys something private,
/// small and cheap (Pulumi.dev.yaml sets the same values explicitly so they are visible and easy to change).
/// Everything else is derived.
/// </summary>
public sealed record SummarizerConfig(
    string Region,
    string InstanceType,
    int RootVolumeGiB,
    bool ApiKeyRequired,
    int LogRetentionDays,
    int ApiThrottleRateLimit,
    int ApiThrottleBurstLimit,
    bool ForceDestroyBuckets)
{
    public const string DefaultInstanceType = "t3.small";
    public const int DefaultRootVolumeGiB = 8;
    public const int DefaultLogRetentionDays = 14;
    public const int DefaultApiThrottleRateLimit = 5;
    public const int DefaultApiThrottleBurstLimit = 10;

    /// <summary>Reads the project's config namespace and the AWS provider's region.</summary>
    public static SummarizerConfig Load()
    {
        var config = new Config();
        return new SummarizerConfig(
            Region: new Config("aws").Require("region"),
            InstanceType: config.Get("instanceType") ?? DefaultInstanceType,
            RootVolumeGiB: config.GetInt32("rootVolumeGiB") ?? DefaultRootVolumeGiB,
            // On unless explicitly turned off: an open endpoint costs money to anyone who finds it.
            ApiKeyRequired: config.GetBoolean("apiKeyRequired") ?? true,
            LogRetentionDays: config.GetInt32("logRetentionDays") ?? DefaultLogRetentionDays,
            ApiThrottleRateLimit: config.GetInt32("apiThrottleRateLimit") ?? DefaultApiThrottleRateLimit,
            ApiThrottleBurstLimit: config.GetInt32("apiThrottleBurstLimit") ?? DefaultApiThrottleBurstLimit,
            // Off: `pulumi destroy` must not silently delete users' uploads and results.
            ForceDestroyBuckets: config.GetBoolean("forceDestroyBuckets") ?? false);
    }
}
