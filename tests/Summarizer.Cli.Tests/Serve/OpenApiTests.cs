using System.Text.Json.Nodes;
using Summarizer.Cli.Serve;
using Summarizer.Contract;
using Summarizer.Engine;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Serve;

/// <summary>The OpenAPI 3.1 document `summarizer serve` publishes, generated from the contract types and the routes,
/// and the copy the repository ships in docs/openapi.json (which the Workflows tests check against the API Gateway
/// request model).</summary>
public class OpenApiTests
{
    private static JsonNode _served = null!;

    [OneTimeSetUp]
    public static async Task Fetch()
    {
        var engine = SummarizerEngine.LoadDefault();
        await using var app = SummarizeServer.Build(engine, "http://127.0.0.1:0");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(SummarizeServer.Addresses(app).Single()) };
        _served = JsonNode.Parse(await http.GetStringAsync(SummarizeServer.OpenApiPath.Replace("{documentName}", SummarizeServer.OpenApiDocumentName)))!;
    }

    [Test]
    public void The_repository_ships_the_document_the_server_serves()
    {
        var shipped = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("docs", "openapi.json")))!;
        Assert.That(JsonNode.DeepEquals(shipped, _served), Is.True,
            "docs/openapi.json is out of date: run `summarizer serve`, then " +
            "`curl -s http://127.0.0.1:8080/openapi/v1.json | python3 -m json.tool > docs/openapi.json`");
    }

    [Test]
    public void It_is_openapi_3_1_with_both_routes_and_no_server_address()
    {
        Assert.That((string)_served["openapi"]!, Does.StartWith("3.1"));
        Assert.That(_served["paths"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { SummarizeRoute.Path, "/health" }));
        Assert.That(_served["paths"]![SummarizeRoute.Path]![SummarizeRoute.Method.ToLowerInvariant()], Is.Not.Null);
        Assert.That(_served["servers"], Is.Null, "one document for every server");
    }

    [Test]
    public void Summarize_lists_the_request_and_every_status_it_can_answer_with_its_body()
    {
        var post = _served["paths"]![SummarizeRoute.Path]!["post"]!;
        Assert.That((string)post["requestBody"]!["content"]![ContractJson.ContentType]!["schema"]!["$ref"]!, Does.EndWith("/SummarizeRequest"));
        var responses = post["responses"]!.AsObject();
        Assert.That(responses.Select(r => int.Parse(r.Key)), Is.EquivalentTo(SummarizeServer.ErrorStatuses.Append(200)));
        foreach (var (status, response) in responses)
            Assert.That((string)response!["content"]![ContractJson.ContentType]!["schema"]!["$ref"]!,
                Does.EndWith(status == "200" ? "/SummarizeResponse" : "/ErrorResponse"), status);
    }

    [Test]
    public void The_request_schema_carries_the_contracts_limits()
    {
        var schema = _served["components"]!["schemas"]!["SummarizeRequest"]!;
        var properties = schema["properties"]!;
        Assert.Multiple(() =>
        {
            Assert.That(schema["required"]!.AsArray().Select(r => (string)r!), Is.EqualTo(new[] { "text" }));
            Assert.That((string)properties["text"]!["type"]!, Is.EqualTo("string"), "never null");
            Assert.That((int)properties["sentences"]!["minimum"]!, Is.EqualTo(ContractLimits.MinSentences));
            Assert.That((int)properties["sentences"]!["maximum"]!, Is.EqualTo(ContractLimits.MaxSentences));
            Assert.That((double)properties["ratio"]!["exclusiveMinimum"]!, Is.EqualTo(ContractLimits.MinRatioExclusive));
            Assert.That((double)properties["ratio"]!["maximum"]!, Is.EqualTo(ContractLimits.MaxRatio));
            Assert.That((string)properties["text"]!["description"]!, Does.Contain(ContractLimits.MaxTextUtf8Bytes.ToString()));
            Assert.That((int)properties["method"]!["maxLength"]!, Is.EqualTo(ContractLimits.MaxMethodNameLength));
        });
    }

    [Test]
    public void Each_summary_sentence_carries_its_score()
    {
        var sentence = _served["components"]!["schemas"]!["SummarySentenceDto"]!;
        Assert.That(sentence["required"]!.AsArray().Select(r => (string)r!), Is.EquivalentTo(new[] { "index", "text", "score" }));
        Assert.That((string)sentence["properties"]!["score"]!["type"]!, Is.EqualTo("number"));
    }
}
