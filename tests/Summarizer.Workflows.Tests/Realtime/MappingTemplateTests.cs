using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Contract;

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
    [TestCase("{\"text\": \"$context.requestId #set($a = 1) ${RealtimeStateMachineArn} $(id)\", \"method\": \"it's \\\"odd\\\" \\\\ 🐶\"}")]
    [TestCase("{\"sentences\": 1000, \"text\": \"Options.\", \"method\": \"lead\"}")]
    [TestCase("{\"text\": \"Options.\", \"ratio\": 1e-7, \"sentences\": null}")]
    public void TheRequestTemplateCarriesTheContractsFieldsAsTheExecutionInput(string body)
    {
        var (output, _) = Render(RealtimeDefinitions.RequestTemplate(RealtimeDefinitionsTests.StateMachineArn), body);

        var request = JsonNode.Parse(output)!.AsObject();
        Assert.That(request.Select(p => p.Key), Is.EquivalentTo(new[] { "stateMachineArn", "name", "input" }));
        Assert.That((string?)request["stateMachineArn"], Is.EqualTo(RealtimeDefinitionsTests.StateMachineArn));
        Assert.That((string?)request["name"], Is.EqualTo(PostSummarizeResult.RequestId));
        var input = (string)request["input"]!;
        Assert.That(JsonNode.Parse(input)!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "text", "sentences", "ratio", "method" }),
            "the contract's fields alone, so the input's size is bounded by the text");
        // The function reads the same request from the execution input as from the body.
        var fromInput = SummarizeRequestReader.Read(Encoding.UTF8.GetBytes(input));
        Assert.That(fromInput.Request, Is.EqualTo(SummarizeRequestReader.Read(Encoding.UTF8.GetBytes(body)).Request).And.Not.Null, input);
    }

    [Test]
    public void ATextOfMoreCharactersThanTheLimitNeverEntersTheExecutionInput()
    {
        var template = RealtimeDefinitions.RequestTemplate(RealtimeDefinitionsTests.StateMachineArn);
        string Input(int chars) => (string)JsonNode.Parse(Render(template, JsonSerializer.Serialize(new { text = new string('a', chars) })).Output)!["input"]!;

        Assert.That(Input(ContractLimits.MaxTextUtf8Bytes), Does.Contain("aaaa"));
        Assert.That(JsonNode.Parse(Input(ContractLimits.MaxTextUtf8Bytes + 1))!.ToJsonString(), Is.EqualTo("{\"textOverLimit\":true}"));
    }

    [Test]
    public void TheLargestEnvelopeTheTemplateBuildsIsWithinTheContractsBudget()
    {
        // Every field but the text at its largest: the most sentences, a double with the longest Java form, and the
        // longest method the model lets through in the characters that escape the longest (outside the BMP: 12 bytes).
        var text = new string('\u0001', ContractLimits.MaxTextUtf8Bytes);
        var body = $$"""{"text": {{JsonSerializer.Serialize(text)}}, "sentences": {{ContractLimits.MaxSentences}}, "ratio": 2.2250738585072014E-308, "method": "{{string.Concat(Enumerable.Repeat("🐶", ContractLimits.MaxMethodNameLength))}}"}""";
        var verdict = RealtimeHarness.Run("validate-model", new { schema = RealtimeDefinitions.RequestModel(), bodies = new[] { body } })[0]!;
        Assert.That((bool)verdict["valid"]!, Is.True, (string?)verdict["errors"]);

        var input = (string)JsonNode.Parse(Render(RealtimeDefinitions.RequestTemplate(RealtimeDefinitionsTests.StateMachineArn), body).Output)!["input"]!;
        // The Lambda task's parameters wrap the input with the function's ARN, at most 170 characters
        // (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html, FunctionName).
        var parameters = $$"""{"FunctionName":"{{new string('f', 170)}}","Payload":{{input}}}""";
        int envelope = Encoding.UTF8.GetByteCount(parameters) - ContractLimits.MaxEscapedBytesPerChar * text.Length;
        TestContext.Out.WriteLine($"largest envelope: {envelope} bytes of the {ContractLimits.RealtimeEnvelopeMaxBytes}-byte budget");

        Assert.That(envelope, Is.LessThanOrEqualTo(ContractLimits.RealtimeEnvelopeMaxBytes));
        Assert.That(Encoding.UTF8.GetByteCount(parameters), Is.LessThanOrEqualTo(ContractLimits.StepFunctionsPayloadMaxBytes));
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

    [TestCase("ValidationException", "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144")]
    [TestCase("InvalidExecutionInput", "The input size exceeds the maximum allowed size")]
    [TestCase("ThrottlingException", "Rate exceeded")]
    [TestCase("StateMachineDoesNotExist", "State Machine Does Not Exist: 'arn:...'")]
    public void ACallStepFunctionsRefusedIsTheContracts500WhateverItsWording(string type, string message)
    {
        var (body, set) = Render(RealtimeDefinitions.RejectedResponseTemplate(),
            new JsonObject { ["__type"] = $"com.amazonaws.swf.service.v2.model#{type}", ["message"] = message }.ToJsonString());

        Assert.That(set, Is.EqualTo(500));
        var answer = JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse)!;
        Assert.That(answer.Error, Is.EqualTo(ErrorCodes.InternalError));
        Assert.That(answer.Message, Does.Contain(PostSummarizeResult.RequestId));
        Assert.That(body, Does.Not.Contain(message), "the service's message is not passed on");
    }
}
