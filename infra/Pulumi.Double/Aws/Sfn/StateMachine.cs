// Mirrors pulumi/pulumi-aws sdk/dotnet/Sfn/StateMachine.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Sfn;

/// <summary>A Step Functions state machine.</summary>
public partial class StateMachine : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    public StateMachine(string name, StateMachineArgs args, CustomResourceOptions? options = null)
        : base("aws:sfn/stateMachine:StateMachine", name, args ?? new StateMachineArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class StateMachineArgs : global::Pulumi.ResourceArgs
{
    [Input("definition", required: true)]
    public Input<string> Definition { get; set; } = null!;

    [Input("loggingConfiguration")]
    public Input<Inputs.StateMachineLoggingConfigurationArgs>? LoggingConfiguration { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("roleArn", required: true)]
    public Input<string> RoleArn { get; set; } = null!;

    [Input("tracingConfiguration")]
    public Input<Inputs.StateMachineTracingConfigurationArgs>? TracingConfiguration { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    public StateMachineArgs()
    {
    }
    public static new StateMachineArgs Empty => new StateMachineArgs();
}
