using System.Text.Json;

namespace Summarizer.Infra.Tests;

/// <summary>An IAM policy document's statements, normalised (single strings become one-element lists).</summary>
public sealed record PolicyStatement(string Effect, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, JsonElement? Condition, JsonElement? Principal)
{
    public static IReadOnlyList<PolicyStatement> Parse(JsonElement document)
    {
        Assert.That(document.GetProperty("Version").GetString(), Is.EqualTo("2012-10-17"));
        return document.GetProperty("Statement").EnumerateArray().Select(s => new PolicyStatement(
            s.GetProperty("Effect").GetString()!,
            List(s, "Action"),
            List(s, "Resource"),
            s.TryGetProperty("Condition", out var c) ? c : null,
            s.TryGetProperty("Principal", out var p) ? p : null)).ToList();
    }

    /// <summary>Every (action, resource) pair the Allow statements grant.</summary>
    public static ISet<(string Action, string Resource)> Grants(JsonElement document) =>
        Parse(document).Where(s => s.Effect == "Allow")
            .SelectMany(s => s.Actions.SelectMany(a => s.Resources.Select(r => (a, r))))
            .ToHashSet();

    private static IReadOnlyList<string> List(JsonElement statement, string name) =>
        !statement.TryGetProperty(name, out var v) ? []
        : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => e.GetString()!).ToList()
        : [v.GetString()!];
}
