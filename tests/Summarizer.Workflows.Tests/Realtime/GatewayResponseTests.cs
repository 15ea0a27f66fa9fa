using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Contract;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>API Gateway's own answers (gateway responses) filled the way API Gateway fills them (simple $context
/// substitution, emulated by the harness), for every type the table names and for types it leaves to a fallback.</summary>
public class GatewayResponseTests
{
    /// <summary>Every gateway response type and its default status, as AWS lists them
    /// (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html);
    /// null: the fallbacks, which have none of their own.</summary>
    private static readonly IReadOnlyDictionary<string, int?> AwsDefaultStatus = new Dictionary<string, int?>
    {
        ["ACCESS_DENIED"] = 403, ["API_CONFIGURATION_ERROR"] = 500, ["AUTHORIZER_CONFIGURATION_ERROR"] = 500,
        ["AUTHORIZER_FAILURE"] = 500, ["BAD_REQUEST_PARAMETERS"] = 400, ["BAD_REQUEST_BODY"] = 400,
        ["DEFAULT_4XX"] = null, ["DEFAULT_5XX"] = null, ["EXPIRED_TOKEN"] = 403, ["INTEGRATION_FAILURE"] = 504,
        ["INTEGRATION_TIMEOUT"] = 504, ["INVALID_API_KEY"] = 403, ["INVALID_SIGNATURE"] = 403,
        ["MISSING_AUTHENTICATION_TOKEN"] = 403, ["QUOTA_EXCEEDED"] = 429, ["REQUEST_TOO_LARGE"] = 413,
        ["RESOURCE_NOT_FOUND"] = 404, ["THROTTLED"] = 429, ["UNAUTHORIZED"] = 401, ["UNSUPPORTED_MEDIA_TYPE"] = 415,
        ["WAF_FILTERED"] = 403,
    };

    private const string RequestId = "5f0c8a2e-3b1d-4c7a-9e6f-1a2b3c4d5e6f";

    public static IEnumerable<string> Types => RealtimeDefinitions.GatewayResponses.Select(r => r.Type);

    // What API Gateway substitutes in a gateway response: the request id and the error being answered. The message
    // holds quotes and a backslash, as a message echoing a request header could: no template may let it break the JSON.
    private static JsonObject ContextFor(string responseType, string message = "Refused \"quoted\" \\ 'header: x'") => new()
    {
        ["requestId"] = RequestId,
        ["error"] = new JsonObject
        {
            ["responseType"] = responseType,
            ["message"] = message,
            ["messageString"] = JsonSerializer.Serialize(message),
        },
    };

    private static string Fill(string template, JsonObject context) =>
        (string)RealtimeHarness.Run("substitute-context", new { template, context })["output"]!;

    private static ErrorResponse Answer(string type, string answeredType)
    {
        var body = Fill(RealtimeDefinitions.GatewayResponseTemplate(type), ContextFor(answeredType));
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.That(json.Select(p => p.Key), Is.EquivalentTo(new[] { "error", "message" }), body);
        return JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse)!;
    }

    [TestCaseSource(nameof(Types))]
    public void Each_gateway_response_answers_the_contract_error_shape_with_its_tables_code(string type)
    {
        var answer = Answer(type, type);
        Assert.That(answer.Error, Is.EqualTo(RealtimeDefinitions.GatewayResponseOf(type).Error));
        Assert.That(answer.Message, Is.Not.Empty.And.Not.Contain("$context").And.Not.Contain("${"));
        Assert.That(answer.Message, Does.Not.Contain("quoted"), "API Gateway's message (it may echo the request) is not passed on");
    }

    [TestCaseSource(nameof(Types))]
    public void A_template_is_plain_json_since_api_gateway_runs_no_vtl_on_gateway_responses(string type)
    {
        var template = RealtimeDefinitions.GatewayResponseTemplate(type);
        Assert.That(template, Does.Not.Contain("#set").And.Not.Contain("#if").And.Not.Contain("##")
            .And.Not.Contain("$util").And.Not.Contain("$input"));
        Assert.DoesNotThrow(() => JsonNode.Parse(template), "valid JSON before substitution too");
    }

    [Test]
    public void The_table_answers_the_refusals_clients_meet_and_a_fallback_for_every_other_type()
    {
        Assert.That(Types, Is.Unique);
        Assert.That(Types, Is.SubsetOf(AwsDefaultStatus.Keys), "every type is one API Gateway knows");
        Assert.That(Types, Is.SupersetOf(new[]
        {
            "BAD_REQUEST_BODY", "REQUEST_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "INVALID_API_KEY", "MISSING_AUTHENTICATION_TOKEN",
            "THROTTLED", "QUOTA_EXCEEDED", "INTEGRATION_TIMEOUT", "DEFAULT_4XX", "DEFAULT_5XX",
        }));
        var expected = new Dictionary<string, (int? Status, string Error)>
        {
            ["INVALID_API_KEY"] = (403, ErrorCodes.Forbidden),
            ["THROTTLED"] = (429, ErrorCodes.TooManyRequests),
            ["QUOTA_EXCEEDED"] = (429, ErrorCodes.QuotaExceeded),
            ["INTEGRATION_TIMEOUT"] = (504, ErrorCodes.GatewayTimeout),
            ["MISSING_AUTHENTICATION_TOKEN"] = (404, ErrorCodes.NotFound),
            ["DEFAULT_4XX"] = (null, ErrorCodes.RequestRejected),
            ["DEFAULT_5XX"] = (null, ErrorCodes.InternalError),
        };
        foreach (var (type, (status, error)) in expected)
            Assert.That((RealtimeDefinitions.GatewayResponseOf(type).StatusCode, RealtimeDefinitions.GatewayResponseOf(type).Error),
                Is.EqualTo((status, error)), type);
    }

    [TestCaseSource(nameof(Types))]
    public void A_status_is_api_gateways_default_for_the_type_except_for_no_such_route(string type)
    {
        var response = RealtimeDefinitions.GatewayResponseOf(type);
        // No method uses IAM authorization, so a missing authentication token means no such method or resource: 404.
        var expected = type == "MISSING_AUTHENTICATION_TOKEN" ? 404 : AwsDefaultStatus[type];
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.KeepsGatewayStatus, Is.EqualTo(type.StartsWith("DEFAULT_", StringComparison.Ordinal)));
    }

    [TestCase("DEFAULT_4XX", "WAF_FILTERED")]
    [TestCase("DEFAULT_4XX", "UNAUTHORIZED")]
    [TestCase("DEFAULT_5XX", "INTEGRATION_FAILURE")]
    [TestCase("DEFAULT_5XX", "API_CONFIGURATION_ERROR")]
    public void A_fallback_names_the_refusal_it_answers_and_the_request(string fallback, string answeredType)
    {
        Assert.That(Types, Does.Not.Contain(answeredType), "left to the fallback");
        var answer = Answer(fallback, answeredType);
        Assert.That(answer.Error, Is.EqualTo(RealtimeDefinitions.GatewayResponseOf(fallback).Error));
        Assert.That(answer.Message, Does.Contain(answeredType).And.Contain(RequestId));
    }

    [TestCase("INTEGRATION_TIMEOUT")]
    [TestCase("DEFAULT_5XX")]
    public void A_server_side_failure_names_the_request_to_report(string type) =>
        Assert.That(Answer(type, type).Message, Does.Contain(RequestId));

    [Test]
    public void The_harness_fills_known_context_variables_and_leaves_everything_else_as_written()
    {
        var output = Fill("$context.requestId|$context.error.responseType)|$context.unknown.thing|#set($a = 1)|$util.x",
            ContextFor("THROTTLED"));
        Assert.That(output, Is.EqualTo($"{RequestId}|THROTTLED)|$context.unknown.thing|#set($a = 1)|$util.x"));
    }
}
