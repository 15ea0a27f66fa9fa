// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/Inputs/BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3.Inputs;

/// <summary>When unfinished multipart uploads are aborted.</summary>
public sealed class BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs : global::Pulumi.ResourceArgs
{
    [Input("daysAfterInitiation")]
    public Input<int>? DaysAfterInitiation { get; set; }

    public BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs()
    {
    }
}
