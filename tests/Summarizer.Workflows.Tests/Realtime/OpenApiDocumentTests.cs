using System.Text.Json.Nodes;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// The OpenAPI document the repository ships (docs/openapi.json, the one `summarizer serve` publishes; the Cli tests
/// keep them equal) against the request model API Gateway validates with: same required fields, property types and
/// bounds, so the description a client reads cannot diverge from what the deployed API enforces.
/// </summary>
public class OpenApiDocumentTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("docs", "openapi.json")))!;
    private static readonly JsonNode Described = Document["components"]!["schemas"]!["SummarizeRequest"]!;
    private static readonly JsonNode Model = JsonNode.Parse(RealtimeDefinitions.RequestModel())!;

    [Test]
    public void Both_require_the_same_fields_and_name_the_same_properties()
    {
        Assert.That(Described["required"]!.AsArray().Select(r => (string)r!), Is.EquivalentTo(Model["required"]!.AsArray().Select(r => (string)r!)));
        Assert.That(Described["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(Model["properties"]!.AsObject().Select(p => p.Key)));
    }

    [TestCase("text")]
    [TestCase("sentences")]
    [TestCase("ratio")]
    [TestCase("method")]
    public void Each_property_has_the_same_types_and_bounds(string name)
    {
        var described = Described["properties"]![name]!;
        var model = Model["properties"]![name]!;
        Assert.That(Types(described), Is.EquivalentTo(Types(model)), "types");
        Assert.That(Number(described, "minimum") ?? Number(described, "exclusiveMinimum"), Is.EqualTo(Number(model, "minimum")), "lower bound");
        // OpenAPI 3.1 writes an exclusive bound as a number; draft-04 as a flag beside the minimum.
        Assert.That(described["exclusiveMinimum"] is not null, Is.EqualTo((bool?)model["exclusiveMinimum"] ?? false), "lower bound exclusive");
        Assert.That(Number(described, "maximum"), Is.EqualTo(Number(model, "maximum")), "upper bound");
        Assert.That(Number(described, "minLength"), Is.EqualTo(Number(model, "minLength")), "minimum length");
        Assert.That(Number(described, "maxLength"), Is.EqualTo(Number(model, "maxLength")), "maximum length");
    }

    private static IEnumerable<string> Types(JsonNode schema) =>
        schema["type"] is JsonArray many ? many.Select(t => (string)t!) : [(string)schema["type"]!];

    private static double? Number(JsonNode schema, string key) => schema[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
