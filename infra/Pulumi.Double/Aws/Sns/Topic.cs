// Mirrors pulumi/pulumi-aws sdk/dotnet/Sns/Topic.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sns;

/// <summary>An SNS topic.</summary>
public partial class Topic : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Topic(string name, TopicArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:sns/topic:Topic", name, args ?? new TopicArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class TopicArgs : global::Pulumi.ResourceArgs
{
    [Input("displayName")]
    public Input<string>? DisplayName { get; set; }

    public TopicArgs()
    {
    }
    public static new TopicArgs Empty => new TopicArgs();
}
