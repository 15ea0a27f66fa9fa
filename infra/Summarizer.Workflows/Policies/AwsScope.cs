namespace Summarizer.Workflows.Policies;

/// <summary>Where the stack lives: the parts of resource ARNs that the definitions do not spell out.</summary>
public sealed record AwsScope(string Partition, string Region, string AccountId)
{
    public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";

    /// <summary>S3 ARNs carry neither region nor account.</summary>
    public string S3Object(string bucket, string keyPattern) => $"arn:{Partition}:s3:::{bucket}/{keyPattern}";
}
