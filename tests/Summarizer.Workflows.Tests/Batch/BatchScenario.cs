using System.Text.Json.Nodes;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// One world for the batch workflows on moto, run in its own harness process: the buckets, table, document, topic and
/// instance, the uploads, the executions, how EC2 and SSM behave, the clean-up rule and schedule, and the test-only
/// edits of the batch definition.
/// </summary>
internal sealed class BatchScenario(string name)
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";
    public static readonly WorkflowNames Names = new("");

    public string Name { get; } = name;
    public List<(string Key, string Body, IReadOnlyDictionary<string, string>? Metadata)> Uploads { get; } = [];
    public List<JsonObject> Executions { get; } = [];
    public Func<DefinitionEdits, DefinitionEdits> Edits { get; init; } = e => e;
    public int MaxConcurrentJobs { get; init; } = 1;

    /// <summary>EC2 timings and faults (seconds; AWS takes minutes): initial, pendingSeconds, stoppingSeconds,
    /// registerSeconds, stopFailures.</summary>
    public JsonObject Instance { get; init; } = new();

    /// <summary>How the summarizer command behaves: seconds (or one per command), outcome Success/Failed/Hang, stderr.</summary>
    public JsonObject Command { get; init; } = new();

    public JsonObject? Worker { get; init; }

    /// <summary>Play EventBridge's rule on the batch machine's status-change events (starts the clean-up workflow).</summary>
    public bool StatusChangeRule { get; init; } = true;

    /// <summary>When the schedule starts the reconciler: {"delay": seconds} after the start, or {"after": execution,
    /// "delay": seconds} after that execution ended.</summary>
    public JsonObject[] Reconcile { get; init; } = [];

    /// <summary>Wait states shortened to other than 1 s, by state name.</summary>
    public JsonObject Waits { get; init; } = new();

    /// <summary>The batch machine's own TimeoutSeconds, when a scenario needs it to expire.</summary>
    public int? BatchTimeoutSeconds { get; init; }

    public double Timeout { get; init; } = 420;

    public BatchWorkflowSettings Settings => new(
        InputBucket: "summarizer-input", OutputBucket: "summarizer-output", ArtifactsBucket: "summarizer-artifacts",
        ProgramKey: "artifacts/summarizer-test.tar.gz", ProgramSha256: new string('9', 64), InstanceId: MotoBatchHarness.InstanceId,
        DocumentName: "summarizer-run", JobTableName: "summarizer-jobs", ModelVersion: "model-test-1",
        NotificationTopicArn: $"arn:aws:sns:{Region}:{Account}:summarizer-outcomes", MaxConcurrentJobs: MaxConcurrentJobs,
        ExecutionArnPrefix: Names.ExecutionArnPrefix(new Summarizer.Workflows.Policies.AwsScope("aws", Region, Account)),
        Options: Options);

    /// <summary>An upload, optionally with S3 user metadata (key → value, as `aws s3 cp --metadata` sets it).</summary>
    public BatchScenario Upload(string key, string body, IReadOnlyDictionary<string, string>? metadata = null)
    {
        Uploads.Add((key, body, metadata));
        return this;
    }

    /// <summary>The stack's default job options the batch definition is rendered with (null: the program's).</summary>
    public BatchJobOptions? Options { get; init; }

    /// <summary>A batch execution for upload number <paramref name="upload"/>, started after <paramref name="delay"/>
    /// seconds, or once execution <paramref name="after"/> has ended, or once <paramref name="afterState"/> (execution,
    /// state) was entered; stopped from outside (StopExecution) once it entered <paramref name="abortAt"/>;
    /// <paramref name="input"/> replaces the event.</summary>
    public BatchScenario Execute(string execution, int upload = 0, double delay = 0, string? after = null,
        (string Execution, string State)? afterState = null, string? abortAt = null, JsonObject? input = null)
    {
        var spec = new JsonObject { ["name"] = execution, ["upload"] = upload, ["delay"] = delay };
        if (after is not null) spec["after"] = after;
        if (afterState is { } s) spec["afterState"] = new JsonArray(s.Execution, s.State);
        if (abortAt is not null) spec["abortAt"] = abortAt;
        if (input is not null) spec["input"] = input;
        Executions.Add(spec);
        return this;
    }

    /// <summary>Uploads a new version of <paramref name="key"/> once <paramref name="afterState"/> was entered, then
    /// starts a batch execution for its event.</summary>
    public BatchScenario UploadAgainThenExecute(string execution, string key, string body, (string Execution, string State) afterState)
    {
        Executions.Add(new JsonObject
        {
            ["name"] = execution,
            ["upload"] = new JsonObject { ["key"] = key, ["body"] = body },
            ["afterState"] = new JsonArray(afterState.Execution, afterState.State),
        });
        return this;
    }

    public JsonObject ToJson()
    {
        var s = Settings;
        var batch = Edits(new DefinitionEdits(BatchWorkflow.StateMachine(s))).ToString();
        var scenario = new JsonObject
        {
            ["name"] = Name,
            ["names"] = new JsonObject
            {
                ["input"] = s.InputBucket, ["output"] = s.OutputBucket, ["artifacts"] = s.ArtifactsBucket,
                ["table"] = s.JobTableName, ["tableKey"] = JobTable.PartitionKey, ["document"] = s.DocumentName,
                ["topic"] = "summarizer-outcomes",
                ["machines"] = new JsonObject { ["batch"] = Names.BatchStateMachine, ["cleanup"] = Names.CleanupStateMachine },
            },
            ["document"] = RunSummarizerDocument.Content(),
            ["definitions"] = new JsonObject
            {
                ["batch"] = batch,
                ["cleanup"] = CleanupWorkflow.StateMachine(CleanupWorkflowSettings.For(s)),
            },
            ["statusChangeRule"] = StatusChangeRule,
            ["statusChangePattern"] = CleanupWorkflow.EventPattern($"arn:aws:states:{Region}:{Account}:stateMachine:{Names.BatchStateMachine}"),
            ["reconcile"] = new JsonArray(Reconcile.Select(a => (JsonNode)a.DeepClone()).ToArray()),
            ["uploads"] = new JsonArray(Uploads.Select(u => (JsonNode)new JsonObject
            {
                ["key"] = u.Key, ["body"] = u.Body,
                ["metadata"] = u.Metadata is null ? null : new JsonObject(u.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            }).ToArray()),
            ["executions"] = new JsonArray(Executions.Select(e => (JsonNode)e.DeepClone()).ToArray()),
            ["instance"] = Instance.DeepClone(),
            ["command"] = Command.DeepClone(),
            ["waitSeconds"] = 1,
            ["waits"] = Waits.DeepClone(),
            ["timeout"] = Timeout,
            ["parseCache"] = MotoBatchHarness.ParseCache,
        };
        if (BatchTimeoutSeconds is { } t) scenario["timeouts"] = new JsonObject { ["batch"] = t };
        if (Worker is not null) scenario["worker"] = Worker.DeepClone();
        return scenario;
    }
}
