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

    public IEnumerable<string> Catchers(string name, string error) =>
        (this[name]["Catch"]?.AsArray() ?? [])
            .Where(c => c!["ErrorEquals"]!.AsArray().Any(e => (string)e! == error))
            .Select(c => (string)c!["Next"]!);

    public IEnumerable<JsonObject> Retriers(string name, string error) =>
        (this[name]["Retry"]?.AsArray() ?? [])
            .Select(r => r!.AsObject())
            .Where(r => r["ErrorEquals"]!.AsArray().Any(e => (string)e! == error));
}
