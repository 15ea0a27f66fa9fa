// Mirrors pulumi/pulumi-aws sdk/dotnet/Scheduler/Inputs/ScheduleFlexibleTimeWindowArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Scheduler.Inputs;

/// <summary>How far a run may drift from its scheduled time.</summary>
public sealed class ScheduleFlexibleTimeWindowArgs : global::Pulumi.ResourceArgs
{
    [Input("maximumWindowInMinutes")]
    public Input<int>? MaximumWindowInMinutes { get; set; }

    [Input("mode", required: true)]
    public Input<string> Mode { get; set; } = null!;

    public ScheduleFlexibleTimeWindowArgs()
    {
    }
}
