// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketLifecycleConfigurationRuleExpirationArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>When objects expire.</summary>
public sealed class BucketLifecycleConfigurationRuleExpirationArgs : global::Pulumi.ResourceArgs
{
    [Input("days")]
    public Input<int>? Days { get; set; }

    public BucketLifecycleConfigurationRuleExpirationArgs()
    {
    }
}
