// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketPublicAccessBlock.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>Blocks public access to a bucket.</summary>
public partial class BucketPublicAccessBlock : global::Pulumi.CustomResource
{
    public BucketPublicAccessBlock(string name, BucketPublicAccessBlockArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name, args ?? new BucketPublicAccessBlockArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketPublicAccessBlockArgs : global::Pulumi.ResourceArgs
{
    [Input("blockPublicAcls")]
    public Input<bool>? BlockPublicAcls { get; set; }

    [Input("blockPublicPolicy")]
    public Input<bool>? BlockPublicPolicy { get; set; }

    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("ignorePublicAcls")]
    public Input<bool>? IgnorePublicAcls { get; set; }

    [Input("restrictPublicBuckets")]
    public Input<bool>? RestrictPublicBuckets { get; set; }

    public BucketPublicAccessBlockArgs()
    {
    }
    public static new BucketPublicAccessBlockArgs Empty => new BucketPublicAccessBlockArgs();
}
