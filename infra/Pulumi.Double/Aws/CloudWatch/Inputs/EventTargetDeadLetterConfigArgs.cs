// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/Inputs/EventTargetDeadLetterConfigArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch.Inputs;

/// <summary>The SQS queue that receives the events a target could not take.</summary>
public sealed class EventTargetDeadLetterConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("arn")]
    public Input<string>? Arn { get; set; }

    public EventTargetDeadLetterConfigArgs()
    {
    }
    public static new EventTargetDeadLetterConfigArgs Empty => new EventTargetDeadLetterConfigArgs();
}
