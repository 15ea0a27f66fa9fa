using System.Globalization;
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

    /// <summary>Default of config <c>summarizer:maxConcurrentJobs</c>: each run is sized for the whole instance.</summary>
    public const int DefaultMaxConcurrentJobs = 1;

    /// <summary>The most summarizer runs one worker takes at once: each run uses every core and up to 75% of memory, and
    /// a job waiting for a slot checks every holder, so the longest execution's history grows with it (see the slot
    /// loop of batch.asl.json).</summary>
    public const int MostConcurrentJobs = 16;

    /// <summary>The state machine definition (Amazon States Language, JSON).</summary>
    public static string StateMachine(BatchWorkflowSettings settings) =>
        DefinitionTemplates.Render(StateMachineFile, StateMachineValues(settings));

    /// <summary>The values <see cref="StateMachine"/> fills in, by placeholder name.</summary>
    public static IReadOnlyDictionary<string, string> StateMachineValues(BatchWorkflowSettings s)
    {
        if (s.MaxConcurrentJobs < 1)
            throw new ArgumentOutOfRangeException(nameof(s), s.MaxConcurrentJobs, "MaxConcurrentJobs must be at least 1.");
        var options = s.Options ?? BatchJobOptions.Default;
        options.Check();
        var values = new Dictionary<string, string>
        {
            ["InputBucket"] = s.InputBucket,
            ["OutputBucket"] = s.OutputBucket,
            ["ArtifactsBucket"] = s.ArtifactsBucket,
            ["ProgramKey"] = s.ProgramKey,
            ["ProgramSha256"] = s.ProgramSha256,
            ["ModelKey"] = s.ModelKey,
            ["ModelSha256"] = s.ModelSha256,
            ["InstanceId"] = s.InstanceId,
            ["DocumentName"] = s.DocumentName,
            ["JobTableName"] = s.JobTableName,
            ["ModelVersion"] = s.ModelVersion,
            ["NotificationTopicArn"] = s.NotificationTopicArn,
            ["MaxConcurrentJobs"] = s.MaxConcurrentJobs.ToString(CultureInfo.InvariantCulture),
            ["ExecutionArnPrefix"] = s.ExecutionArnPrefix,
            ["BatchTag"] = WorkflowNames.BatchTag,
            ["JobTableKey"] = JobTable.PartitionKey,
            ["InputSuffix"] = StorageLayout.InputSuffix,
            ["ResultPrefix"] = StorageLayout.ResultPrefix,
            ["ResultSuffix"] = StorageLayout.ResultSuffix,
            ["ManifestSuffix"] = StorageLayout.ManifestSuffix,
            ["StagingPrefix"] = StorageLayout.StagingPrefix,
            ["FailurePrefix"] = StorageLayout.FailurePrefix,
            ["KeyLengthProbePrefix"] = StorageLayout.KeyLengthProbePrefix,
            // The checks of an upload's options (S3 metadata) are rendered from the rules the CLI and the config use.
            ["ControlCharacters"] = DefinitionTemplates.JsonText(BatchOptionRules.ControlCharacters),
            ["MethodNames"] = DefinitionTemplates.IntrinsicText(string.Join(',', SummaryMethods.Names)),
            ["MinSentences"] = DefinitionTemplates.Number(ContractLimits.MinSentences),
            ["MaxSentences"] = DefinitionTemplates.Number(ContractLimits.MaxSentences),
            ["MinRatioExclusive"] = DefinitionTemplates.Number(ContractLimits.MinRatioExclusive),
            ["MaxRatio"] = DefinitionTemplates.Number(ContractLimits.MaxRatio),
            ["OneLength"] = DefinitionTemplates.IntrinsicText(BatchOptionRules.OneLength),
        };
        foreach (var (option, text) in options.Texts())
        {
            values["Default" + option.DocumentParameter] = DefinitionTemplates.JsonText(text);
            values[option.DocumentParameter + "Accepted"] = DefinitionTemplates.IntrinsicText(option.Accepted);
        }
        return values;
    }

    /// <summary>The EventBridge rule's event pattern: "Object Created" of <paramref name="inputBucket"/>, CSV keys only.</summary>
    public static string EventPattern(string inputBucket) =>
        DefinitionTemplates.Render(EventPatternFile, new Dictionary<string, string>
        {
            ["InputBucket"] = inputBucket,
            ["InputSuffix"] = StorageLayout.InputSuffix,
        });
}
