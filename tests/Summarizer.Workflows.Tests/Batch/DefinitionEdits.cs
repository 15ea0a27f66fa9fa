using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// Test-only edits of a rendered definition, for what moto cannot do: make a Task fail with a chosen AWS error
/// (moto's services rarely fail, and its aws-sdk errors are not named like AWS's), answer a Task with a canned
/// result (moto has no SSM DescribeInstanceInformation and never runs commands), and shrink a polling budget so a
/// timeout path runs in seconds. Every other state runs as deployed.
/// </summary>
internal sealed class DefinitionEdits(string definition)
{
    private readonly JsonObject _root = JsonNode.Parse(definition)!.AsObject();

    private JsonObject States => _root["States"]!.AsObject();

    private JsonObject State(string name) =>
        States[name] as JsonObject ?? throw new ArgumentException($"No state '{name}' in the definition.");

    /// <summary>The Task fails on every attempt with <paramref name="error"/>: a Parallel state whose one branch
    /// is a Fail state raises that error with the Task's own Retry and Catch, so both run as deployed.</summary>
    public DefinitionEdits Fail(string task, string error, string cause)
    {
        var t = State(task);
        var replacement = new JsonObject
        {
            ["Type"] = "Parallel",
            ["Comment"] = $"Test stand-in: {task} fails with {error}.",
            ["Branches"] = new JsonArray(new JsonObject
            {
                ["StartAt"] = "Injected failure",
                ["States"] = new JsonObject { ["Injected failure"] = new JsonObject { ["Type"] = "Fail", ["Error"] = error, ["Cause"] = cause } },
            }),
            ["ResultPath"] = null,
        };
        foreach (var keep in new[] { "Retry", "Catch", "Next", "End" })
            if (t[keep] is { } v) replacement[keep] = v.DeepClone();
        States[task] = replacement;
        return this;
    }

    /// <summary>Placeholder the harness replaces with the URL of an SQS queue nobody reads.</summary>
    public const string HangQueuePlaceholder = "@@HANG_QUEUE_URL@@";

    /// <summary>The Task never answers and times out after 1 s, for real: it sends its task token to a queue nobody
    /// reads and waits (.waitForTaskToken), so the engine raises States.Timeout and the Task's Retry and Catch run.
    /// (A Fail state cannot raise States.Timeout, and moto's activity tasks fail at once.)</summary>
    public DefinitionEdits Hang(string task)
    {
        var t = State(task);
        t["Resource"] = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
        t["Parameters"] = new JsonObject
        {
            ["QueueUrl"] = HangQueuePlaceholder,
            ["MessageBody"] = new JsonObject { ["token.$"] = "$$.Task.Token" },
        };
        t["TimeoutSeconds"] = 1;
        t.Remove("ResultSelector");
        return this;
    }

    /// <summary>The Task answers <paramref name="result"/> (its result after ResultSelector) without calling AWS.</summary>
    public DefinitionEdits Answer(string task, JsonNode result)
    {
        var t = State(task);
        var replacement = new JsonObject
        {
            ["Type"] = "Pass",
            ["Comment"] = $"Test stand-in: canned result of {task}.",
            ["Result"] = result.DeepClone(),
            ["ResultPath"] = t["ResultPath"]?.DeepClone() ?? JsonValue.Create("$"),
        };
        if (t["Next"] is { } next) replacement["Next"] = next.DeepClone();
        else replacement["End"] = true;
        States[task] = replacement;
        return this;
    }

    /// <summary>Sets every numeric threshold on <paramref name="variable"/> in the Choice state to <paramref name="limit"/>.</summary>
    public DefinitionEdits Budget(string choice, string variable, int limit)
    {
        int changed = 0;
        void Visit(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                if ((string?)o["Variable"] == variable)
                    foreach (var key in o.Select(p => p.Key).Where(k => k.StartsWith("Numeric", StringComparison.Ordinal)).ToList())
                    {
                        o[key] = limit;
                        changed++;
                    }
                foreach (var (_, child) in o) Visit(child);
            }
            else if (node is JsonArray a)
                foreach (var child in a) Visit(child);
        }
        Visit(State(choice));
        if (changed == 0) throw new ArgumentException($"No numeric rule on {variable} in '{choice}'.");
        return this;
    }

    public override string ToString() => _root.ToJsonString();
}
