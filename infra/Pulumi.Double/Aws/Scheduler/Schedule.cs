// Mirrors pulumi/pulumi-aws sdk/dotnet/Scheduler/Schedule.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Scheduler;

/// <summary>An EventBridge Scheduler schedule.</summary>
public partial class Schedule : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    public Schedule(string name, ScheduleArgs args, CustomResourceOptions? options = null)
        : base("aws:scheduler/schedule:Schedule", name, args ?? new ScheduleArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class ScheduleArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("flexibleTimeWindow", required: true)]
    public Input<Inputs.ScheduleFlexibleTimeWindowArgs> FlexibleTimeWindow { get; set; } = null!;

    [Input("scheduleExpression", required: true)]
    public Input<string> ScheduleExpression { get; set; } = null!;

    [Input("state")]
    public Input<string>? State { get; set; }

    [Input("target", required: true)]
    public Input<Inputs.ScheduleTargetArgs> Target { get; set; } = null!;

    public ScheduleArgs()
    {
    }
    public static new ScheduleArgs Empty => new ScheduleArgs();
}
