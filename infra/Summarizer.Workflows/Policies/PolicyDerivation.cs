using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Policies;

/// <summary>
/// Derives a state machine's execution-role policy from its rendered definition: every Task state (nested
/// Parallel and Map ones too) is mapped to the IAM actions its service integration calls, on the concrete
/// resources its parameters name (keys scoped to their literal prefix). Nothing else is allowed. Logging and
/// X-Ray permissions are not part of a definition; the deployer adds those.
/// </summary>
public static class PolicyDerivation
{
    /// <summary>Actions that IAM allows only on <c>*</c>, with the reason (the documented exceptions to scoping).</summary>
    public static IReadOnlyDictionary<string, string> WildcardOnlyActions => IntegrationPermissions.WildcardOnly;

    /// <summary>Every (action, resource) pair the definitions need, without duplicates.</summary>
    public static IReadOnlyList<Permission> Permissions(AwsScope scope, params string[] definitions)
    {
        var result = new List<Permission>();
        foreach (var definition in definitions)
        {
            var root = JsonNode.Parse(definition) as JsonObject
                ?? throw new ArgumentException("A state machine definition must be a JSON object.");
            var assignments = TaskStates.Assignments(root);
            foreach (var task in TaskStates.Of(root))
                result.AddRange(IntegrationPermissions.For(task, scope, assignments));
        }
        return result.Distinct().ToList();
    }

    /// <summary>One statement per action with its sorted resources, actions sorted: stable output for diffs and tests.</summary>
    public static IReadOnlyList<PolicyStatement> Statements(AwsScope scope, params string[] definitions) =>
        Permissions(scope, definitions)
            .GroupBy(p => p.Action, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PolicyStatement(g.Key, g.Select(p => p.Resource).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>The IAM policy document (JSON) of <see cref="Statements"/>.</summary>
    public static string PolicyDocument(AwsScope scope, params string[] definitions) =>
        ToPolicyDocument(Statements(scope, definitions));

    public static string ToPolicyDocument(IEnumerable<PolicyStatement> statements)
    {
        var array = new JsonArray();
        foreach (var s in statements)
            array.Add(new JsonObject
            {
                ["Effect"] = "Allow",
                ["Action"] = s.Action,
                ["Resource"] = new JsonArray(s.Resources.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
            });
        var document = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = array };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
