using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Policies;

/// <summary>A Task state of a definition: its name, Resource ARN and Parameters (null when it has none).</summary>
public sealed record TaskState(string Name, string Resource, JsonObject? Parameters);

/// <summary>Reads the Task states of a definition, including those nested in Parallel branches and Map
/// processors, and where the values they use come from: variables (<c>Assign</c>) and the paths that Pass
/// states fill from their <c>Parameters</c> (e.g. <c>$.job.resultKey</c>).</summary>
public static class TaskStates
{
    public static IReadOnlyList<TaskState> Of(JsonObject definition)
    {
        var tasks = new List<TaskState>();
        Walk(definition, tasks);
        return tasks;
    }

    /// <summary>Every expression that can give a value to <c>$variable</c> (Assign blocks of states, Catchers and
    /// Choice rules) or to a payload path written by a Pass state's Parameters, keyed by that reference.</summary>
    public static IReadOnlyDictionary<string, List<string>> Assignments(JsonObject definition)
    {
        var result = new Dictionary<string, List<string>>();
        CollectAssignments(definition, result);
        CollectPassOutputs(definition, result);
        // A path some Task, Parallel or Map (or a catcher) may also overwrite has an unknowable value.
        var clobbered = new List<string>();
        CollectResultPaths(definition, clobbered);
        foreach (var reference in result.Keys.Where(k => k.StartsWith("$.", StringComparison.Ordinal)).ToList())
            if (clobbered.Any(c => c == "$" || reference == c || reference.StartsWith(c + ".", StringComparison.Ordinal)))
                result.Remove(reference);
        return result;
    }

    private static void CollectResultPaths(JsonObject machine, List<string> into)
    {
        if (machine["States"] is not JsonObject states) return;
        foreach (var (_, node) in states)
        {
            if (node is not JsonObject state || (string?)state["Type"] is not ("Task" or "Parallel" or "Map")) continue;
            AddResultPath(state, into);
            foreach (var c in state["Catch"]?.AsArray() ?? [])
                if (c is JsonObject catcher) AddResultPath(catcher, into);
            foreach (var branch in state["Branches"]?.AsArray() ?? [])
                if (branch is JsonObject b) CollectResultPaths(b, into);
            if ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject processor) CollectResultPaths(processor, into);
        }
    }

    // Absent means "$" (the whole payload); null means the result is discarded.
    private static void AddResultPath(JsonObject owner, List<string> into)
    {
        if (!owner.ContainsKey("ResultPath")) into.Add("$");
        else if (owner["ResultPath"] is JsonValue v) into.Add((string)v!);
    }

    private static void CollectPassOutputs(JsonObject machine, Dictionary<string, List<string>> into)
    {
        if (machine["States"] is not JsonObject states) return;
        foreach (var (_, node) in states)
        {
            if (node is not JsonObject state) continue;
            if ((string?)state["Type"] == "Pass" && state["Parameters"] is JsonObject parameters)
            {
                // ResultPath null discards the output; absent means "$".
                if (state.ContainsKey("ResultPath") && state["ResultPath"] is null) continue;
                CollectTemplate(parameters, (string?)state["ResultPath"] ?? "$", into);
            }
            foreach (var branch in state["Branches"]?.AsArray() ?? [])
                if (branch is JsonObject b) CollectPassOutputs(b, into);
            if ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject processor) CollectPassOutputs(processor, into);
        }
    }

    private static void CollectTemplate(JsonObject template, string path, Dictionary<string, List<string>> into)
    {
        foreach (var (key, value) in template)
        {
            if (key.EndsWith(".$", StringComparison.Ordinal) && value is JsonValue v && v.TryGetValue<string>(out var expression))
                Add(into, $"{path}.{key[..^2]}", expression);
            else if (value is JsonObject nested)
                CollectTemplate(nested, $"{path}.{key}", into);
            else if (value is JsonValue literal && literal.TryGetValue<string>(out var text))
                Add(into, $"{path}.{key}", Literal(text));
        }
    }

    private static void Add(Dictionary<string, List<string>> into, string reference, string expression) =>
        (into.TryGetValue(reference, out var list) ? list : into[reference] = []).Add(expression);

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
                            Add(into, "$" + variable, entry);
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
