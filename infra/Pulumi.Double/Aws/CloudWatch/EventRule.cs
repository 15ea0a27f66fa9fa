// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/EventRule.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch;

/// <summary>An EventBridge rule.</summary>
public partial class EventRule : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public EventRule(string name, EventRuleArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/eventRule:EventRule", name, args ?? new EventRuleArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class EventRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("eventPattern")]
    public Input<string>? EventPattern { get; set; }

    public EventRuleArgs()
    {
    }
    public static new EventRuleArgs Empty => new EventRuleArgs();
}
