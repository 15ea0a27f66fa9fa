// Mirrors pulumi/pulumi-aws sdk/dotnet/Sns/TopicSubscription.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sns;

/// <summary>A subscription of an endpoint (here an e-mail address) to an SNS topic.</summary>
public partial class TopicSubscription : global::Pulumi.CustomResource
{
    public TopicSubscription(string name, TopicSubscriptionArgs args, CustomResourceOptions? options = null)
        : base("aws:sns/topicSubscription:TopicSubscription", name, args ?? new TopicSubscriptionArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class TopicSubscriptionArgs : global::Pulumi.ResourceArgs
{
    [Input("endpoint", required: true)]
    public Input<string> Endpoint { get; set; } = null!;

    [Input("protocol", required: true)]
    public Input<string> Protocol { get; set; } = null!;

    [Input("topic", required: true)]
    public Input<string> Topic { get; set; } = null!;

    public TopicSubscriptionArgs()
    {
    }
    public static new TopicSubscriptionArgs Empty => new TopicSubscriptionArgs();
}
