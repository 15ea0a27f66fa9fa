// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketLifecycleConfigurationRuleArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>One lifecycle rule.</summary>
public sealed class BucketLifecycleConfigurationRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("abortIncompleteMultipartUpload")]
    public Input<Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs>? AbortIncompleteMultipartUpload { get; set; }

    [Input("expiration")]
    public Input<Inputs.BucketLifecycleConfigurationRuleExpirationArgs>? Expiration { get; set; }

    [Input("filter")]
    public Input<Inputs.BucketLifecycleConfigurationRuleFilterArgs>? Filter { get; set; }

    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("noncurrentVersionExpiration")]
    public Input<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs>? NoncurrentVersionExpiration { get; set; }

    [Input("status", required: true)]
    public Input<string> Status { get; set; } = null!;

    public BucketLifecycleConfigurationRuleArgs()
    {
    }
}
