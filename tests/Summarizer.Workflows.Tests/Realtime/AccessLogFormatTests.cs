using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The stage's access log format, filled the way API Gateway fills it (simple $context substitution, emulated
/// by the harness): one JSON object a request that says who called, what, and how it ended.</summary>
public class AccessLogFormatTests
{
    /// <summary>The fields the log promises, by the $context variable each carries
    /// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html).
    /// Each is set by API Gateway itself: none is text a client chooses (no path, header, user agent or error message),
    /// so a request cannot forge a field of its own log line.</summary>
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["requestId"] = "requestId", ["ip"] = "identity.sourceIp", ["caller"] = "identity.caller",
        ["apiKeyId"] = "identity.apiKeyId", ["requestTime"] = "requestTime", ["httpMethod"] = "httpMethod",
        ["resourcePath"] = "resourcePath", ["status"] = "status", ["responseLength"] = "responseLength",
        ["integrationLatency"] = "integrationLatency", ["responseLatency"] = "responseLatency", ["error"] = "error.responseType",
    };

    // API Gateway writes "-" for a variable with no value (e.g. no error, no IAM caller).
    private static JsonObject Summarized() => new()
    {
        ["requestId"] = "7d1f0c2a-1111-4a2b-8c3d-0e9f8a7b6c5d",
        ["identity"] = new JsonObject { ["sourceIp"] = "198.51.100.7", ["caller"] = "-", ["apiKeyId"] = "k1a2b3c4d5" },
        ["requestTime"] = "12/Mar/2026:10:15:42 +0000",
        ["httpMethod"] = "POST", ["resourcePath"] = "/summarize", ["status"] = "200", ["responseLength"] = "412",
        ["integrationLatency"] = "183", ["responseLatency"] = "190", ["error"] = new JsonObject { ["responseType"] = "-" },
    };

    private static JsonObject Throttled()
    {
        var context = Summarized();
        context["status"] = "429";
        context["integrationLatency"] = "-";
        context["error"] = new JsonObject { ["responseType"] = "THROTTLED", ["message"] = "Too Many Requests \" forged" };
        return context;
    }

    private static JsonObject LogLine(JsonObject context)
    {
        var line = (string)RealtimeHarness.Run("substitute-context", new { template = RealtimeDefinitions.AccessLogFormat(), context })["output"]!;
        Assert.That(line, Does.Not.Contain('\n'), "one line a request");
        return JsonNode.Parse(line)!.AsObject();
    }

    private static string? Lookup(JsonObject context, string path) =>
        path.Split('.').Aggregate((JsonNode?)context, (node, key) => node?[key])?.GetValue<string>();

    [Test]
    public void A_summarized_request_logs_who_called_what_and_how_it_ended()
    {
        var context = Summarized();
        var line = LogLine(context);
        Assert.That(line.Select(p => p.Key), Is.EquivalentTo(Fields.Keys));
        foreach (var (field, variable) in Fields)
            Assert.That((string?)line[field], Is.EqualTo(Lookup(context, variable)), field);
    }

    [Test]
    public void A_refused_request_logs_the_refusal_and_no_client_text()
    {
        var line = LogLine(Throttled());
        Assert.That(((string?)line["status"], (string?)line["error"]), Is.EqualTo(("429", "THROTTLED")));
        Assert.That(line.ToJsonString(), Does.Not.Contain("forged"));
    }

    [Test]
    public void The_format_names_only_the_promised_variables_each_quoted()
    {
        var format = RealtimeDefinitions.AccessLogFormat();
        var named = Regex.Matches(format, @"\$context((?:\.[A-Za-z][A-Za-z0-9]*)+)").Select(m => m.Groups[1].Value[1..]);
        Assert.That(named, Is.EquivalentTo(Fields.Values));
        Assert.That(Regex.Matches(format, @"""\$context[A-Za-z0-9.]+""").Count, Is.EqualTo(Fields.Count),
            "each value a JSON string, so a \"-\" (no value) keeps the line valid JSON");
    }
}
