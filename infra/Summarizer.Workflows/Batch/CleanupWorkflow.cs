using Summarizer.Contract;

namespace Summarizer.Workflows.Batch;

/// <summary>
/// The batch worker's clean-up and reconciler: one Standard state machine with two triggers.
/// <list type="bullet">
/// <item>An EventBridge rule (<see cref="EventPattern"/>) on the batch machine's "Step Functions Execution Status
/// Change" events ABORTED, TIMED_OUT and FAILED starts it with the event: it releases what that execution held (job
/// record, publish claim, staging object, place in the job list and slots, stop claim), records and notifies its
/// failure when the execution could not, then reconciles.</item>
/// <item>An EventBridge Scheduler schedule (<see cref="ReconcileScheduleExpression"/>, input
/// <see cref="ReconcileInput"/>) starts it with no event: it only reconciles, i.e. asks Step Functions about every
/// execution the worker item lists, tidies up after those that ended, and stops the instance when no live job needs
/// it (also one started by hand).</item>
/// </list>
/// Its state machine must be named <see cref="WorkflowNames.CleanupStateMachine"/>.
/// </summary>
public static class CleanupWorkflow
{
    public const string StateMachineFile = "cleanup.asl.json";
    public const string EventPatternFile = "batch-execution-ended.pattern.json";

    /// <summary>How often the reconciler runs (EventBridge Scheduler expression): the last line of defence.</summary>
    public const string ReconcileScheduleExpression = "rate(10 minutes)";

    /// <summary>The schedule's input: no <c>detail</c>, so the workflow only reconciles.</summary>
    public const string ReconcileInput = "{}";

    /// <summary>The state machine definition (Amazon States Language, JSON).</summary>
    public static string StateMachine(CleanupWorkflowSettings settings) =>
        DefinitionTemplates.Render(StateMachineFile, StateMachineValues(settings));

    /// <summary>The values <see cref="StateMachine"/> fills in, by placeholder name.</summary>
    public static IReadOnlyDictionary<string, string> StateMachineValues(CleanupWorkflowSettings s) => new Dictionary<string, string>
    {
        ["OutputBucket"] = s.OutputBucket,
        ["InstanceId"] = s.InstanceId,
        ["JobTableName"] = s.JobTableName,
        ["NotificationTopicArn"] = s.NotificationTopicArn,
        ["ExecutionArnPrefix"] = s.ExecutionArnPrefix,
        ["BatchTag"] = WorkflowNames.BatchTag,
        ["CleanupTag"] = WorkflowNames.CleanupTag,
        ["JobTableKey"] = JobTable.PartitionKey,
        ["StagingPrefix"] = StorageLayout.StagingPrefix,
        ["FailurePrefix"] = StorageLayout.FailurePrefix,
    };

    /// <summary>The EventBridge rule's pattern: executions of <paramref name="batchStateMachineArn"/> that ended
    /// ABORTED, TIMED_OUT or FAILED.</summary>
    public static string EventPattern(string batchStateMachineArn) =>
        DefinitionTemplates.Render(EventPatternFile, new Dictionary<string, string> { ["BatchStateMachineArn"] = batchStateMachineArn });
}
