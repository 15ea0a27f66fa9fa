// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/EventTarget.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch;

/// <summary>A target of an EventBridge rule.</summary>
public partial class EventTarget : global::Pulumi.CustomResource
{
    public EventTarget(string name, EventTargetArgs args, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/eventTarget:EventTarget", name, args ?? new EventTargetArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class EventTargetArgs : global::Pulumi.ResourceArgs
{
    [Input("arn", required: true)]
    public Input<string> Arn { get; set; } = null!;

    [Input("deadLetterConfig")]
    public Input<Inputs.EventTargetDeadLetterConfigArgs>? DeadLetterConfig { get; set; }

    [Input("retryPolicy")]
    public Input<Inputs.EventTargetRetryPolicyArgs>? RetryPolicy { get; set; }

    [Input("roleArn")]
    public Input<string>? RoleArn { get; set; }

    [Input("rule", required: true)]
    public Input<string> Rule { get; set; } = null!;

    public EventTargetArgs()
    {
    }
    public static new EventTargetArgs Empty => new EventTargetArgs();
}
