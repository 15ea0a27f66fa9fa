using Summarizer.Contract;

namespace Summarizer.Workflows.Batch;

/// <summary>
/// The batch path's files rendered with their deploy-time values: the Standard state machine, the SSM document
/// it runs, and the EventBridge pattern that starts it. Layout constants are filled in from
/// <see cref="StorageLayout"/> here, so the Pulumi program passes only what it creates.
/// </summary>
public static class BatchWorkflow
{
    public const string StateMachineFile = "batch.asl.json";
    public const string DocumentFile = "run-summarizer.ssm.json";
    public const string EventPatternFile = "input-object-created.pattern.json";

    /// <summary>The state machine definition (Amazon States Language, JSON).</summary>
    public static string StateMachine(BatchWorkflowSettings settings) =>
        DefinitionTemplates.Render(StateMachineFile, StateMachineValues(settings));

    /// <summary>The values <see cref="StateMachine"/> fills in, by placeholder name.</summary>
    public static IReadOnlyDictionary<string, string> StateMachineValues(BatchWorkflowSettings s) => new Dictionary<string, string>
    {
        ["InputBucket"] = s.InputBucket,
        ["OutputBucket"] = s.OutputBucket,
        ["ArtifactsBucket"] = s.ArtifactsBucket,
        ["ProgramKey"] = s.ProgramKey,
        ["ProgramSha256"] = s.ProgramSha256,
        ["InstanceId"] = s.InstanceId,
        ["DocumentName"] = s.DocumentName,
        ["JobTableName"] = s.JobTableName,
        ["ModelVersion"] = s.ModelVersion,
        ["JobTableKey"] = JobTable.PartitionKey,
        ["InputSuffix"] = StorageLayout.InputSuffix,
        ["ResultPrefix"] = StorageLayout.ResultPrefix,
        ["ResultSuffix"] = StorageLayout.ResultSuffix,
        ["StagingPrefix"] = StorageLayout.StagingPrefix,
    };

    /// <summary>The EventBridge rule's event pattern: "Object Created" of <paramref name="inputBucket"/>, CSV keys only.</summary>
    public static string EventPattern(string inputBucket) =>
        DefinitionTemplates.Render(EventPatternFile, new Dictionary<string, string>
        {
            ["InputBucket"] = inputBucket,
            ["InputSuffix"] = StorageLayout.InputSuffix,
        });
}
