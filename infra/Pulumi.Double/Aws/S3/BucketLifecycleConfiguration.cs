// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketLifecycleConfiguration.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>Lifecycle rules of a bucket.</summary>
public partial class BucketLifecycleConfiguration : global::Pulumi.CustomResource
{
    public BucketLifecycleConfiguration(string name, BucketLifecycleConfigurationArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", name, args ?? new BucketLifecycleConfigurationArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketLifecycleConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("rules")]
    private InputList<Inputs.BucketLifecycleConfigurationRuleArgs>? _rules;

    public InputList<Inputs.BucketLifecycleConfigurationRuleArgs> Rules
    {
        get => _rules ?? (_rules = new InputList<Inputs.BucketLifecycleConfigurationRuleArgs>());
        set => _rules = value;
    }

    public BucketLifecycleConfigurationArgs()
    {
    }
    public static new BucketLifecycleConfigurationArgs Empty => new BucketLifecycleConfigurationArgs();
}
