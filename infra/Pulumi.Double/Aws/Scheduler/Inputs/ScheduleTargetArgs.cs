// Mirrors pulumi/pulumi-aws sdk/dotnet/Scheduler/Inputs/ScheduleTargetArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Scheduler.Inputs;

/// <summary>What a schedule starts, with which role and input.</summary>
public sealed class ScheduleTargetArgs : global::Pulumi.ResourceArgs
{
    [Input("arn", required: true)]
    public Input<string> Arn { get; set; } = null!;

    [Input("input")]
    public Input<string>? Input { get; set; }

    [Input("roleArn", required: true)]
    public Input<string> RoleArn { get; set; } = null!;

    public ScheduleTargetArgs()
    {
    }
}
