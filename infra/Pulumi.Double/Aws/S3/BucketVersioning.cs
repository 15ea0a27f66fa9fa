// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketVersioning.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>The versioning state of a bucket.</summary>
public partial class BucketVersioning : global::Pulumi.CustomResource
{
    public BucketVersioning(string name, BucketVersioningArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketVersioning:BucketVersioning", name, args ?? new BucketVersioningArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketVersioningArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("versioningConfiguration", required: true)]
    public Input<Inputs.BucketVersioningVersioningConfigurationArgs> VersioningConfiguration { get; set; } = null!;

    public BucketVersioningArgs()
    {
    }
    public static new BucketVersioningArgs Empty => new BucketVersioningArgs();
}
