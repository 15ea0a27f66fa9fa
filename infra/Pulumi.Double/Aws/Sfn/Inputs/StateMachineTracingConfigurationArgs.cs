// Mirrors pulumi/pulumi-aws sdk/dotnet/Sfn/Inputs/StateMachineTracingConfigurationArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sfn.Inputs;

/// <summary>X-Ray tracing of a state machine.</summary>
public sealed class StateMachineTracingConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    public StateMachineTracingConfigurationArgs()
    {
    }
}
