using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>Typed reading of the harness report.</summary>
internal sealed class ScenarioReport(JsonObject report)
{
    public JsonObject Raw { get; } = report;
    public string InstanceId => (string)Raw["instanceId"]!;
    public string InstanceState => (string)Raw["instanceState"]!;
    public IReadOnlyList<string> InstanceStates => Raw["instanceTimeline"]!.AsArray().Select(t => (string)t![1]!).ToList();
    public IReadOnlyList<(double Time, string State)> Timeline =>
        Raw["instanceTimeline"]!.AsArray().Select(t => ((double)t![0]!, (string)t[1]!)).ToList();
    public IReadOnlyList<JsonObject> Commands => Raw["commands"]!.AsArray().Select(c => c!.AsObject()).ToList();
    public int MaxConcurrentCommands => (int)Raw["maxConcurrentCommands"]!;
    public JsonObject OutputObjects => Raw["outputObjects"]!.AsObject();
    public IReadOnlyList<string> OutputKeys => OutputObjects.Select(o => o.Key).ToList();
    public JsonArray TableItems => Raw["tableItems"]!.AsArray();
    public JsonObject Upload(int i) => Raw["uploads"]![i]!.AsObject();

    /// <summary>Every message the SNS topic got: subject and parsed JSON message.</summary>
    public IReadOnlyList<(string? Subject, JsonObject Message)> Notifications =>
        Raw["notifications"]!.AsArray().Select(n => ((string?)n!["subject"], n["message"]!.AsObject())).ToList();

    public IReadOnlyList<JsonObject> NotificationsOf(string status) =>
        Notifications.Where(n => (string?)n.Message["status"] == status).Select(n => n.Message).ToList();

    public ExecutionReport Execution(string name) =>
        new(Raw["executions"]!.AsArray().Select(e => e!.AsObject()).SingleOrDefault(e => (string)e["name"]! == name)
            ?? throw new KeyNotFoundException($"No execution '{name}' in the report."));

    /// <summary>Executions of the clean-up workflow, started by the played status-change rule or the schedule.</summary>
    public IReadOnlyList<ExecutionReport> Cleanups =>
        Raw["executions"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["machine"] == "cleanup").Select(e => new ExecutionReport(e)).ToList();

    public JsonObject? WorkerItem =>
        TableItems.Select(i => i!.AsObject()).SingleOrDefault(i => ((string)i["pk"]!).StartsWith("worker#", StringComparison.Ordinal));

    public IReadOnlyList<JsonObject> JobRecords =>
        TableItems.Select(i => i!.AsObject()).Where(i => ((string)i["pk"]!).StartsWith("job#", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<JsonObject> PublishClaims =>
        TableItems.Select(i => i!.AsObject()).Where(i => ((string)i["pk"]!).StartsWith("publish#", StringComparison.Ordinal)).ToList();

    public JsonObject? OutputJson(string key) =>
        OutputObjects[key] is { } o ? JsonNode.Parse((string)o["body"]!)!.AsObject() : null;

    public override string ToString() => Raw.ToJsonString();
}

internal sealed class ExecutionReport(JsonObject e)
{
    public string Name => (string)e["name"]!;
    public string Status => (string?)e["status"] ?? $"NOT STARTED ({(string?)e["startError"]})";
    public string? Error => (string?)e["error"];
    public string? Cause => (string?)e["cause"];
    public string? Trigger => (string?)e["trigger"];
    public string Arn => (string)e["arn"]!;
    public JsonObject Input => e["input"]!.AsObject();
    public List<string> Entered => e["entered"]?.AsArray().Select(s => (string)s!).ToList() ?? [];
    public IReadOnlyList<JsonObject> Tasks => e["tasks"]?.AsArray().Select(t => t!.AsObject()).ToList() ?? [];

    /// <summary>When the Task state <paramref name="state"/> was first scheduled (seconds since the epoch).</summary>
    public double FirstScheduled(string state) =>
        Tasks.Where(t => (string?)t["state"] == state).Select(t => (double)t["time"]!).DefaultIfEmpty(double.NaN).First();

    public override string ToString() => e.ToJsonString();
}
