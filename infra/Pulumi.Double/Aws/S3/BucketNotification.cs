// Mirrors pulumi/pulumi-aws sdk/dotnet/S3/BucketNotification.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.S3;

/// <summary>Event notifications of a bucket.</summary>
public partial class BucketNotification : global::Pulumi.CustomResource
{
    public BucketNotification(string name, BucketNotificationArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketNotification:BucketNotification", name, args ?? new BucketNotificationArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class BucketNotificationArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("eventbridge")]
    public Input<bool>? Eventbridge { get; set; }

    public BucketNotificationArgs()
    {
    }
    public static new BucketNotificationArgs Empty => new BucketNotificationArgs();
}
