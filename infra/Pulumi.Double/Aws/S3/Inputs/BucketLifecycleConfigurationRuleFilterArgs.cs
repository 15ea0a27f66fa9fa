// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketLifecycleConfigurationRuleFilterArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>Which objects a lifecycle rule applies to.</summary>
public sealed class BucketLifecycleConfigurationRuleFilterArgs : global::Pulumi.ResourceArgs
{
    [Input("prefix")]
    public Input<string>? Prefix { get; set; }

    public BucketLifecycleConfigurationRuleFilterArgs()
    {
    }
}
