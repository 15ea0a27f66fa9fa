// Mirrors pulumi/pulumi-aws sdk/dotnet/Sqs/Queue.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sqs;

/// <summary>An SQS queue.</summary>
public partial class Queue : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("url")]
    public Output<string> Url { get; private set; } = null!;

    public Queue(string name, QueueArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:sqs/queue:Queue", name, args ?? new QueueArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class QueueArgs : global::Pulumi.ResourceArgs
{
    [Input("messageRetentionSeconds")]
    public Input<int>? MessageRetentionSeconds { get; set; }

    [Input("sqsManagedSseEnabled")]
    public Input<bool>? SqsManagedSseEnabled { get; set; }

    public QueueArgs()
    {
    }
    public static new QueueArgs Empty => new QueueArgs();
}
