namespace Summarizer.Workflows.Batch;

/// <summary>The deploy-time values of the clean-up workflow (also the scheduled reconciler): the same resources the
/// batch workflow uses, by the same names.</summary>
/// <param name="OutputBucket">The batch workflow's output bucket (staging objects, failure records).</param>
/// <param name="InstanceId">The EC2 worker instance.</param>
/// <param name="JobTableName">The batch workflow's job table.</param>
/// <param name="NotificationTopicArn">The batch workflow's notification topic.</param>
/// <param name="ExecutionArnPrefix"><see cref="WorkflowNames.ExecutionArnPrefix"/> of the stack's workflow names.</param>
public sealed record CleanupWorkflowSettings(
    string OutputBucket,
    string InstanceId,
    string JobTableName,
    string NotificationTopicArn,
    string ExecutionArnPrefix)
{
    /// <summary>The clean-up settings of a batch deployment.</summary>
    public static CleanupWorkflowSettings For(BatchWorkflowSettings batch) =>
        new(batch.OutputBucket, batch.InstanceId, batch.JobTableName, batch.NotificationTopicArn, batch.ExecutionArnPrefix);
}
