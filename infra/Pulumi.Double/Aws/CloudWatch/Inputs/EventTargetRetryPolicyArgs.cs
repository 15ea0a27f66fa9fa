// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/Inputs/EventTargetRetryPolicyArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch.Inputs;

/// <summary>How long and how often EventBridge retries delivering an event to a target.</summary>
public sealed class EventTargetRetryPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("maximumEventAgeInSeconds")]
    public Input<int>? MaximumEventAgeInSeconds { get; set; }

    [Input("maximumRetryAttempts")]
    public Input<int>? MaximumRetryAttempts { get; set; }

    public EventTargetRetryPolicyArgs()
    {
    }
    public static new EventTargetRetryPolicyArgs Empty => new EventTargetRetryPolicyArgs();
}
