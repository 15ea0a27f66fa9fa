// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketServerSideEncryptionConfigurationRuleArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>One default-encryption rule.</summary>
public sealed class BucketServerSideEncryptionConfigurationRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("applyServerSideEncryptionByDefault")]
    public Input<Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs>? ApplyServerSideEncryptionByDefault { get; set; }

    [Input("bucketKeyEnabled")]
    public Input<bool>? BucketKeyEnabled { get; set; }

    public BucketServerSideEncryptionConfigurationRuleArgs()
    {
    }
}
