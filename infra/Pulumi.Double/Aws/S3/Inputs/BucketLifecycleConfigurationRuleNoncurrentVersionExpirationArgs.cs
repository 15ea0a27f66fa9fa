// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>When versions that are no longer current expire.</summary>
public sealed class BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs : global::Pulumi.ResourceArgs
{
    [Input("noncurrentDays", required: true)]
    public Input<int> NoncurrentDays { get; set; } = null!;

    public BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs()
    {
    }
}
