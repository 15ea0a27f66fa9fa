// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketPolicy.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>The resource policy of a bucket.</summary>
public partial class BucketPolicy : global::Pulumi.CustomResource
{
    public BucketPolicy(string name, BucketPolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketPolicy:BucketPolicy", name, args ?? new BucketPolicyArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("policy", required: true)]
    public InputUnion<string, Pulumi.Aws.Iam.Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    public BucketPolicyArgs()
    {
    }
    public static new BucketPolicyArgs Empty => new BucketPolicyArgs();
}
