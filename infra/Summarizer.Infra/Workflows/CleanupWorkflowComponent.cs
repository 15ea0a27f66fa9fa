using Pulumi;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// The batch worker's clean-up and reconciler (<see cref="CleanupWorkflow"/>): a Standard state machine started by
/// an EventBridge rule when a batch execution ends ABORTED, TIMED_OUT or FAILED (Step Functions sends these
/// "Execution Status Change" events to the default bus on its own), and every
/// <see cref="CleanupWorkflow.ReconcileScheduleExpression"/> by an EventBridge Scheduler schedule, the last line of
/// defence that stops a worker nobody needs. Each trigger has a role that may start only this machine.
/// </summary>
public sealed class CleanupWorkflowComponent : ComponentResource
{
    public Aws.Sfn.StateMachine StateMachine { get; }

    public CleanupWorkflowComponent(string name, SummarizerConfig config, Output<AwsScope> scope, WorkflowNames names,
        BatchWorkflowComponent batch, ComponentResourceOptions? options = null)
        : base("summarizer:workflows:CleanupWorkflow", name, options)
    {
        var definition = batch.Settings.Apply(s => CleanupWorkflow.StateMachine(CleanupWorkflowSettings.For(s)));
        // Named: the batch workflow's records name the clean-up's executions by this machine's name. Its execution data
        // is a status-change event (execution ARN, the batch input: object keys) or nothing.
        StateMachine = ObservedStateMachine.Create(name, names.CleanupStateMachine, "STANDARD", definition, scope, config,
            includeExecutionData: true, this);

        var onEnded = new Aws.CloudWatch.EventRule($"{name}-on-batch-ended", new Aws.CloudWatch.EventRuleArgs
        {
            Description = "A batch execution that ended aborted, timed out or failed starts the clean-up",
            EventPattern = batch.StateMachine.Arn.Apply(CleanupWorkflow.EventPattern),
        }, new CustomResourceOptions { Parent = this });
        var events = new StartExecutionRole($"{name}-events", "events.amazonaws.com", StateMachine.Arn, this);
        new Aws.CloudWatch.EventTarget($"{name}-start-execution", new Aws.CloudWatch.EventTargetArgs
        {
            Rule = onEnded.Name,
            Arn = StateMachine.Arn,
            RoleArn = events.Role.Arn,
        }, new CustomResourceOptions { Parent = this, DependsOn = { events.Policy } });

        var scheduler = new StartExecutionRole($"{name}-scheduler", "scheduler.amazonaws.com", StateMachine.Arn, this);
        new Aws.Scheduler.Schedule($"{name}-reconcile", new Aws.Scheduler.ScheduleArgs
        {
            Description = "Reconcile the batch worker: stop it when no job needs it, tidy up after ended executions",
            ScheduleExpression = CleanupWorkflow.ReconcileScheduleExpression,
            FlexibleTimeWindow = new Aws.Scheduler.Inputs.ScheduleFlexibleTimeWindowArgs { Mode = "OFF" },
            Target = new Aws.Scheduler.Inputs.ScheduleTargetArgs
            {
                Arn = StateMachine.Arn,
                RoleArn = scheduler.Role.Arn,
                Input = CleanupWorkflow.ReconcileInput,
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = { scheduler.Policy } });
        RegisterOutputs();
    }
}
