// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>The algorithm new objects are encrypted with.</summary>
public sealed class BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs : global::Pulumi.ResourceArgs
{
    [Input("kmsMasterKeyId")]
    public Input<string>? KmsMasterKeyId { get; set; }

    [Input("sseAlgorithm", required: true)]
    public Input<string> SseAlgorithm { get; set; } = null!;

    public BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs()
    {
    }
}
