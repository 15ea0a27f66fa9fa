using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>Deploy-time values for tests, distinct from each other so a value landing in the wrong place shows.</summary>
internal static class TestSettings
{
    public static readonly AwsScope Scope = new("aws", "eu-west-1", "111122223333");

    public static readonly WorkflowNames Names = new("summarizer-test-");

    public const string TopicArn = "arn:aws:sns:eu-west-1:111122223333:summarizer-test-outcomes";

    public static BatchWorkflowSettings Batch(string instanceId = "i-0123456789abcdef0") => new(
        InputBucket: "summarizer-input-test",
        OutputBucket: "summarizer-output-test",
        ArtifactsBucket: "summarizer-artifacts-test",
        ProgramKey: "artifacts/summarizer-0f1e2d3c.tar.gz",
        ProgramSha256: "5e" + new string('7', 62),
        InstanceId: instanceId,
        DocumentName: "summarizer-run-test",
        JobTableName: "summarizer-jobs-test",
        ModelVersion: "model-test-1",
        NotificationTopicArn: TopicArn,
        MaxConcurrentJobs: 2,
        ExecutionArnPrefix: Names.ExecutionArnPrefix(Scope));

    public static CleanupWorkflowSettings Cleanup(string instanceId = "i-0123456789abcdef0") => CleanupWorkflowSettings.For(Batch(instanceId));
}
