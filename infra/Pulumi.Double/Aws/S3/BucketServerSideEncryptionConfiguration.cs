// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketServerSideEncryptionConfiguration.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>Default encryption of a bucket.</summary>
public partial class BucketServerSideEncryptionConfiguration : global::Pulumi.CustomResource
{
    public BucketServerSideEncryptionConfiguration(string name, BucketServerSideEncryptionConfigurationArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name, args ?? new BucketServerSideEncryptionConfigurationArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketServerSideEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("rules", required: true)]
    private InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>? _rules;

    public InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs> Rules
    {
        get => _rules ?? (_rules = new InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>());
        set => _rules = value;
    }

    public BucketServerSideEncryptionConfigurationArgs()
    {
    }
    public static new BucketServerSideEncryptionConfigurationArgs Empty => new BucketServerSideEncryptionConfigurationArgs();
}
