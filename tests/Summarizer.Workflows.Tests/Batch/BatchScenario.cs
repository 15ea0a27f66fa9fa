using System.Text.Json.Nodes;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>One world for the batch workflow on moto: its own buckets, table, document and instance (so scenarios
/// run side by side on one server), the uploads, the executions, and the test-only edits of the definition.</summary>
internal sealed class BatchScenario(string name)
{
    public string Name { get; } = name;
    public List<(string Key, string Body)> Uploads { get; } = [];
    public List<JsonObject> Executions { get; } = [];
    public Func<DefinitionEdits, DefinitionEdits> Edits { get; init; } = e => e;
    public bool SsmOnline { get; init; } = true;
    public bool EmulateInstance { get; init; } = true;
    public bool InstanceRunning { get; init; }
    public JsonObject? Worker { get; init; }
    public double? ReleaseStopperAfter { get; init; }

    public BatchWorkflowSettings Settings => new(
        InputBucket: $"in-{Name}", OutputBucket: $"out-{Name}", ArtifactsBucket: $"art-{Name}",
        ProgramKey: "artifacts/summarizer-test.tar.gz", ProgramSha256: new string('9', 64), InstanceId: MotoBatchHarness.InstancePlaceholder,
        DocumentName: $"run-{Name}", JobTableName: $"jobs-{Name}", ModelVersion: "model-test-1",
        NotificationTopicArn: TestSettings.TopicArn, MaxConcurrentJobs: 1, ExecutionArnPrefix: TestSettings.Names.ExecutionArnPrefix(TestSettings.Scope));

    public BatchScenario Upload(string key, string body)
    {
        Uploads.Add((key, body));
        return this;
    }

    /// <summary>An execution for upload <paramref name="upload"/>, started after <paramref name="delay"/> seconds,
    /// or once execution number <paramref name="after"/> has ended; <paramref name="input"/> replaces the event.</summary>
    public BatchScenario Execute(string execution, int upload = 0, double delay = 0, int? after = null, JsonObject? input = null)
    {
        var spec = new JsonObject { ["name"] = execution, ["upload"] = upload, ["delay"] = delay };
        if (after is not null) spec["after"] = after;
        if (input is not null) spec["input"] = input;
        Executions.Add(spec);
        return this;
    }

    public string Definition()
    {
        var edits = new DefinitionEdits(BatchWorkflow.StateMachine(Settings));
        // moto has no DescribeInstanceInformation: the registration check answers as SSM would, Online or not yet.
        var online = SsmOnline
            ? new JsonArray(new JsonObject { ["InstanceId"] = MotoBatchHarness.InstancePlaceholder, ["PingStatus"] = "Online" })
            : new JsonArray();
        edits.Answer("Check SSM registration", new JsonObject { ["instances"] = online });
        return Edits(edits).ToString();
    }

    public JsonObject ToJson(string endpoint, Func<string> nextRegion)
    {
        var s = Settings;
        foreach (var e in Executions) e["region"] = nextRegion();
        var scenario = new JsonObject
        {
            ["endpoint"] = endpoint,
            ["homeRegion"] = "us-east-1",
            ["names"] = new JsonObject
            {
                ["input"] = s.InputBucket, ["output"] = s.OutputBucket, ["artifacts"] = s.ArtifactsBucket,
                ["table"] = s.JobTableName, ["tableKey"] = JobTable.PartitionKey, ["document"] = s.DocumentName,
            },
            ["document"] = RunSummarizerDocument.Content(),
            ["uploads"] = new JsonArray(Uploads.Select(u => (JsonNode)new JsonObject { ["key"] = u.Key, ["body"] = u.Body }).ToArray()),
            ["definition"] = Definition(),
            ["executions"] = new JsonArray(Executions.Select(e => (JsonNode)e.DeepClone()).ToArray()),
            ["emulateInstance"] = EmulateInstance,
            ["instanceRunning"] = InstanceRunning,
            ["waitSeconds"] = 1,
            // The played instance needs a moment to write its staging object before the first status poll.
            ["waits"] = new JsonObject { ["Wait for the summarizer"] = 3 },
            ["timeout"] = 150,
        };
        if (Worker is not null) scenario["worker"] = Worker.DeepClone();
        if (ReleaseStopperAfter is not null) scenario["releaseStopperAfter"] = ReleaseStopperAfter;
        return scenario;
    }
}
