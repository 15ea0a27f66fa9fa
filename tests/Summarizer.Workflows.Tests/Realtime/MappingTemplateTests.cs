using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Contract;

using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The API Gateway mapping templates rendered by a real Velocity engine (velocityjs) with API Gateway's
/// $input/$util/$context, for the request shapes and every answer StartSyncExecution can give.</summary>
public class MappingTemplateTests
{
    private static (string Output, int? Status) Render(string template, string body)
    {
        var r = RealtimeHarness.Run("render-template", new { template, body, requestId = PostSummarizeResult.RequestId });
        return ((string)r["output"]!, (int?)r["status"]);
    }

    private static string StartSyncResponse(string status, string? output = null, string? error = null, string? cause = null) =>
        new JsonObject
        {
            ["executionArn"] = "arn:aws:states:us-east-1:123456789012:express:summarizer-realtime:x:y",
            ["status"] = status,
            ["output"] = output,
            ["error"] = error,
            ["cause"] = cause,
        }.ToJsonString();

    [TestCase("{\"text\": \"Plain.\"}")]
    [TestCase("{\"text\": \"It's \\\"quoted\\\" and back\\\\slashed / with\\nnewlines\\u0001.\", \"sentences\": 2}")]
    [TestCase("{\"text\": \"Non-ASCII: café, 日本語, 🐶.\", \"ratio\": 0.5, \"method\": null, \"extra\": {\"nested\": [1, 2.5, true]}}")]
    [TestCase("{\"text\": \"$context.requestId #set($a = 1) ${RealtimeStateMachineArn} $(id)\"}")]
    public void TheRequestTemplateCarriesTheBodyAsTheExecutionInput(string body)
    {
        var (output, _) = Render(RealtimeDefinitions.RequestTemplate(RealtimeDefinitionsTests.StateMachineArn), body);

        var request = JsonNode.Parse(output)!.AsObject();
        Assert.That(request.Select(p => p.Key), Is.EquivalentTo(new[] { "stateMachineArn", "name", "input" }));
        Assert.That((string?)request["stateMachineArn"], Is.EqualTo(RealtimeDefinitionsTests.StateMachineArn));
        Assert.That((string?)request["name"], Is.EqualTo(PostSummarizeResult.RequestId));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse((string)request["input"]!), JsonNode.Parse(body)), Is.True, (string?)request["input"]);
    }

    [TestCase("{\"text\": \"One. Two. Three. Four.\", \"sentences\": 2}", 200)]
    [TestCase("{\"text\": \"One.\", \"method\": \"nope\"}", 400)]
    [TestCase("{\"text\": \"One.\", \"sentences\": 1, \"ratio\": 0.5}", 400)]
    public void ASucceededExecutionAnswersTheFunctionsStatusAndBody(string request, int status)
    {
        var envelope = FunctionHost.Answer(request);
        var output = JsonSerializer.Serialize(new { statusCode = envelope.StatusCode, body = envelope.Body });

        var (body, set) = Render(RealtimeDefinitions.ResponseTemplate(), StartSyncResponse("SUCCEEDED", output));

        Assert.That(set, Is.EqualTo(status));
        Assert.That(body.Trim(), Is.EqualTo(envelope.Body));
    }

    [Test]
    public void ASucceededTooLargeAnswerIs413()
    {
        var error = new ErrorResponse(ErrorCodes.PayloadTooLarge, "too large");
        var output = JsonSerializer.Serialize(new { statusCode = 413, body = JsonSerializer.Serialize(error, ContractJsonContext.Default.ErrorResponse) });
        var (body, set) = Render(RealtimeDefinitions.ResponseTemplate(), StartSyncResponse("SUCCEEDED", output));
        Assert.That(set, Is.EqualTo(413));
        Assert.That(JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse), Is.EqualTo(error));
    }

    [TestCase("FAILED", "Lambda.Unknown", "{\"stackTrace\": [\"at Secret.Method()\"], \"errorMessage\": \"secret\"}")]
    [TestCase("FAILED", "InternalError", "The summarizer function failed")]
    [TestCase("TIMED_OUT", null, null)]
    public void AFailedOrTimedOutExecutionIsTheContracts500WithoutItsCause(string status, string? error, string? cause)
    {
        var (body, set) = Render(RealtimeDefinitions.ResponseTemplate(), StartSyncResponse(status, error: error, cause: cause));

        Assert.That(set, Is.EqualTo(500));
        var answer = JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse)!;
        Assert.That(answer.Error, Is.EqualTo(ErrorCodes.InternalError));
        Assert.That(answer.Message, Does.Contain(PostSummarizeResult.RequestId));
        Assert.That(body, Does.Not.Contain("secret").IgnoreCase.And.Not.Contain("stackTrace"));
    }

    [TestCase("ValidationException", "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144", 413)]
    [TestCase("InvalidExecutionInput", "The input size exceeds the maximum allowed size", 413)]
    [TestCase("ThrottlingException", "Rate exceeded", 500)]
    [TestCase("StateMachineDoesNotExist", "State Machine Does Not Exist: 'arn:...'", 500)]
    [TestCase("ValidationException", "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 80", 500)]
    public void ACallStepFunctionsRefusedIs413ForAnOversizedInputElse500(string type, string message, int status)
    {
        var (body, set) = Render(RealtimeDefinitions.RejectedResponseTemplate(),
            new JsonObject { ["__type"] = $"com.amazonaws.swf.service.v2.model#{type}", ["message"] = message }.ToJsonString());

        Assert.That(set, Is.EqualTo(status));
        var answer = JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse)!;
        Assert.That(ErrorCodes.StatusCodeOf(answer.Error), Is.EqualTo(status));
        Assert.That(body, Does.Not.Contain(message), "the service's message is not passed on");
    }
}
