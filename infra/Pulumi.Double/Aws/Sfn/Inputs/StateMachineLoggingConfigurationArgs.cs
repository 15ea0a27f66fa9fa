// Mirrors pulumi/pulumi-aws sdk/dotnet/Sfn/Inputs/StateMachineLoggingConfigurationArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sfn.Inputs;

/// <summary>Where and how much a state machine logs.</summary>
public sealed class StateMachineLoggingConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("includeExecutionData")]
    public Input<bool>? IncludeExecutionData { get; set; }

    [Input("level")]
    public Input<string>? Level { get; set; }

    [Input("logDestination")]
    public Input<string>? LogDestination { get; set; }

    public StateMachineLoggingConfigurationArgs()
    {
    }
}
