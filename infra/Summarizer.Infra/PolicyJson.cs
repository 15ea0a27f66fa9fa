using System.Text.Json.Nodes;

namespace Summarizer.Infra;

/// <summary>Writes the small IAM policy documents the program needs (trust policies, the bucket policies and
/// the worker's bucket access); the state machines' policies come from Summarizer.Workflows' derivation.</summary>
internal static class PolicyJson
{
    public static JsonObject Statement(string effect, IEnumerable<string> actions, IEnumerable<string> resources) => new()
    {
        ["Effect"] = effect,
        ["Action"] = new JsonArray(actions.Select(a => (JsonNode)a!).ToArray()),
        ["Resource"] = new JsonArray(resources.Select(r => (JsonNode)r!).ToArray()),
    };

    public static string Document(params JsonObject[] statements) => new JsonObject
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(statements.Cast<JsonNode>().ToArray()),
    }.ToJsonString();

    /// <summary>A trust policy letting one AWS service assume the role, e.g. <c>ec2.amazonaws.com</c>.</summary>
    public static string AssumableBy(string servicePrincipal) => Document(new JsonObject
    {
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = servicePrincipal },
        ["Action"] = "sts:AssumeRole",
    });
}
