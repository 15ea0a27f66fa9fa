using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Policies;

/// <summary>A Task state of a definition: its name, Resource ARN and Parameters (null when it has none).</summary>
public sealed record TaskState(string Name, string Resource, JsonObject? Parameters);

/// <summary>Reads the Task states of a definition, including those nested in Parallel branches and Map
/// processors, and the variable assignments (<c>Assign</c>) made anywhere in it.</summary>
public static class TaskStates
{
    public static IReadOnlyList<TaskState> Of(JsonObject definition)
    {
        var tasks = new List<TaskState>();
        Walk(definition, tasks);
        return tasks;
    }

    /// <summary>Every expression assigned to each variable, from Assign blocks of states, Catchers and Choice rules.</summary>
    public static IReadOnlyDictionary<string, List<string>> Assignments(JsonObject definition)
    {
        var result = new Dictionary<string, List<string>>();
        CollectAssignments(definition, result);
        return result;
    }

    private static void Walk(JsonObject machine, List<TaskState> tasks)
    {
        if (machine["States"] is not JsonObject states) return;
        foreach (var (name, node) in states)
        {
            if (node is not JsonObject state) continue;
            switch ((string?)state["Type"])
            {
                case "Task":
                    tasks.Add(new TaskState(name, (string?)state["Resource"]
                        ?? throw new InvalidOperationException($"Task state '{name}' has no Resource."), state["Parameters"] as JsonObject));
                    break;
                case "Parallel":
                    foreach (var branch in state["Branches"]?.AsArray() ?? [])
                        if (branch is JsonObject b) Walk(b, tasks);
                    break;
                case "Map":
                    if ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject processor) Walk(processor, tasks);
                    break;
            }
        }
    }

    private static void CollectAssignments(JsonNode? node, Dictionary<string, List<string>> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "Assign" && value is JsonObject assign)
                        foreach (var (name, expression) in assign)
                        {
                            var variable = name.EndsWith(".$", StringComparison.Ordinal) ? name[..^2] : name;
                            var text = expression is JsonValue v && v.TryGetValue<string>(out var s) ? s : expression?.ToJsonString() ?? "null";
                            // A plain (non-.$) string is a literal; mark it so it is not read as a path.
                            var entry = name.EndsWith(".$", StringComparison.Ordinal) ? text : Literal(text);
                            (into.TryGetValue(variable, out var list) ? list : into[variable] = []).Add(entry);
                        }
                    else
                        CollectAssignments(value, into);
                }
                break;
            case JsonArray arr:
                foreach (var item in arr) CollectAssignments(item, into);
                break;
        }
    }

    /// <summary>A literal value in the expression notation of <see cref="KeyPattern"/>.</summary>
    internal static string Literal(string text) => "'" + text.Replace("'", "\\'") + "'";
}
