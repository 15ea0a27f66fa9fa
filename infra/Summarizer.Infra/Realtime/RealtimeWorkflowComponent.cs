using Pulumi;
using Summarizer.Infra.Workflows;
using Summarizer.Workflows;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Realtime;

/// <summary>The Express state machine API Gateway runs synchronously: Summarizer.Workflows' definition, rendered
/// with the function's ARN, allowed to invoke only that function.</summary>
public sealed class RealtimeWorkflowComponent : ComponentResource
{
    public Aws.Sfn.StateMachine StateMachine { get; }

    public RealtimeWorkflowComponent(string name, SummarizerConfig config, Output<AwsScope> scope, Aws.Lambda.Function function,
        ComponentResourceOptions? options = null)
        : base("summarizer:realtime:RealtimeWorkflow", name, options)
    {
        var definition = function.Arn.Apply(RealtimeDefinitions.StateMachine);
        // Execution data here is the user's text: log the events, not the data.
        StateMachine = ObservedStateMachine.Create(name, machineName: null, "EXPRESS", definition, scope, config,
            includeExecutionData: false, this);
        RegisterOutputs();
    }
}
