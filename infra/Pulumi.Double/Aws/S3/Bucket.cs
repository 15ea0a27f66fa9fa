// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Bucket.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>An S3 bucket (the 7.x Bucket, formerly BucketV2).</summary>
public partial class Bucket : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("bucket")]
    public Output<string> BucketName { get; private set; } = null!;

    public Bucket(string name, BucketArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:s3/bucket:Bucket", name, args ?? new BucketArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketArgs : global::Pulumi.ResourceArgs
{
    [Input("forceDestroy")]
    public Input<bool>? ForceDestroy { get; set; }

    public BucketArgs()
    {
    }
    public static new BucketArgs Empty => new BucketArgs();
}
