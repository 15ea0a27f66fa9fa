// Mirrors pulumi/pulumi-aws sdk/dotnet/Sqs/QueuePolicy.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sqs;

/// <summary>The resource policy of an SQS queue.</summary>
public partial class QueuePolicy : global::Pulumi.CustomResource
{
    public QueuePolicy(string name, QueuePolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:sqs/queuePolicy:QueuePolicy", name, args ?? new QueuePolicyArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class QueuePolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public Input<string> Policy { get; set; } = null!;

    [Input("queueUrl", required: true)]
    public Input<string> QueueUrl { get; set; } = null!;

    public QueuePolicyArgs()
    {
    }
    public static new QueuePolicyArgs Empty => new QueuePolicyArgs();
}
