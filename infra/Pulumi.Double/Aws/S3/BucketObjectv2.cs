// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketObjectv2.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>An object in a bucket, uploaded from a local asset.</summary>
public partial class BucketObjectv2 : global::Pulumi.CustomResource
{
    public BucketObjectv2(string name, BucketObjectv2Args args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketObjectv2:BucketObjectv2", name, args ?? new BucketObjectv2Args(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketObjectv2Args : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("contentType")]
    public Input<string>? ContentType { get; set; }

    [Input("key")]
    public Input<string>? Key { get; set; }

    [Input("source")]
    public Input<AssetOrArchive>? Source { get; set; }

    public BucketObjectv2Args()
    {
    }
    public static new BucketObjectv2Args Empty => new BucketObjectv2Args();
}
