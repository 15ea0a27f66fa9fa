// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketVersioningVersioningConfigurationArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>Versioning on or suspended.</summary>
public sealed class BucketVersioningVersioningConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("status", required: true)]
    public Input<string> Status { get; set; } = null!;

    public BucketVersioningVersioningConfigurationArgs()
    {
    }
}
