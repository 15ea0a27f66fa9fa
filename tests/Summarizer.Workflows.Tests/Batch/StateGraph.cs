using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>The top-level states of a definition and their transitions (Next, Default, Choices, Catch).</summary>
internal sealed class StateGraph
{
    public JsonObject States { get; }

    public StateGraph(string definition) =>
        States = (JsonNode.Parse(definition)!["States"] as JsonObject)!;

    public JsonObject this[string name] => (States[name] as JsonObject) ?? throw new KeyNotFoundException(name);

    public string TypeOf(string name) => (string)this[name]["Type"]!;

    public IEnumerable<string> Successors(string name)
    {
        var s = this[name];
        if (s["Next"] is JsonValue next) yield return (string)next!;
        if (s["Default"] is JsonValue def) yield return (string)def!;
        foreach (var rule in s["Choices"]?.AsArray() ?? []) yield return (string)rule!["Next"]!;
        foreach (var c in s["Catch"]?.AsArray() ?? []) yield return (string)c!["Next"]!;
    }

    /// <summary>States reachable from <paramref name="start"/> (inclusive) without entering any of <paramref name="barriers"/>.</summary>
    public HashSet<string> ReachableAvoiding(string start, params string[] barriers)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([start]);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (barriers.Contains(s) || !seen.Add(s)) continue;
            foreach (var n in Successors(s)) stack.Push(n);
        }
        return seen;
    }

    /// <summary>Every state, nested Map and Parallel ones included.</summary>
    public IEnumerable<(string Name, JsonObject State)> AllStates() => Walk(States);

    private static IEnumerable<(string, JsonObject)> Walk(JsonObject states)
    {
        foreach (var (name, node) in states)
        {
            var state = node!.AsObject();
            yield return (name, state);
            foreach (var branch in state["Branches"]?.AsArray() ?? [])
                foreach (var inner in Walk(branch!["States"]!.AsObject())) yield return inner;
            if ((state["ItemProcessor"] ?? state["Iterator"]) is JsonObject processor)
                foreach (var inner in Walk(processor["States"]!.AsObject())) yield return inner;
        }
    }

    public IEnumerable<string> Predecessors(string name) =>
        States.Select(s => s.Key).Where(s => Successors(s).Contains(name)).Distinct();

    /// <summary>The catcher of States.ALL, if any.</summary>
    public JsonObject? CatchAll(string name) =>
        (this[name]["Catch"]?.AsArray() ?? []).Select(c => c!.AsObject())
            .SingleOrDefault(c => c["ErrorEquals"]!.AsArray().Any(e => (string)e! == "States.ALL"));

    /// <summary>lowerCamelCase of a state name ("Join the worker's job list" → joinTheWorkersJobList), the key its
    /// failure is recorded under.</summary>
    public static string Camel(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(name.Replace("'", ""), "[A-Za-z0-9]+").Select(m => m.Value).ToList();
        return words[0].ToLowerInvariant() + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    public IEnumerable<string> Catchers(string name, string error) =>
        (this[name]["Catch"]?.AsArray() ?? [])
            .Where(c => c!["ErrorEquals"]!.AsArray().Any(e => (string)e! == error))
            .Select(c => (string)c!["Next"]!);

    public IEnumerable<JsonObject> Retriers(string name, string error) =>
        (this[name]["Retry"]?.AsArray() ?? [])
            .Select(r => r!.AsObject())
            .Where(r => r["ErrorEquals"]!.AsArray().Any(e => (string)e! == error));
}
