using System.Text.Json.Nodes;
using Summarizer.Contract;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The outcome of one offline POST /summarize through templates, workflow and handler.</summary>
internal sealed record PostSummarizeResult(
    int HttpStatus, string HttpBody, IReadOnlyList<string> States, int Retries, int LambdaInvocations,
    JsonNode? StartSyncExecution, JsonNode? Rejected, string? IntegrationRequest, string? ValidationError)
{
    /// <summary>A Lambda-service error the harness raises instead of invoking the function.</summary>
    public sealed record Fault(string Error, string? Cause = null);

    public static PostSummarizeResult Run(string body, string lambdaUrl, params Fault[] faults)
    {
        var r = RealtimeHarness.Run("post-summarize", new
        {
            model = RealtimeDefinitions.RequestModel(),
            badRequestBodyTemplate = RealtimeDefinitions.GatewayResponseTemplate(BadRequestBody),
            badRequestBodyStatus = RealtimeDefinitions.GatewayResponseOf(BadRequestBody).StatusCode,
            requestTemplate = RealtimeDefinitions.RequestTemplate(RealtimeDefinitionsTests.StateMachineArn),
            responseTemplate = RealtimeDefinitions.ResponseTemplate(),
            rejectedTemplate = RealtimeDefinitions.RejectedResponseTemplate(),
            rejectedSelectionPattern = RealtimeDefinitions.RejectedSelectionPattern,
            definition = RealtimeDefinitions.StateMachine(RealtimeDefinitionsTests.FunctionArn),
            body,
            requestId = RequestId,
            lambdaUrl,
            faults = faults.Select(f => new { error = f.Error, cause = f.Cause }).ToArray(),
            stepFunctionsPayloadMaxBytes = ContractLimits.StepFunctionsPayloadMaxBytes,
        });
        return new PostSummarizeResult(
            (int)r["http"]!["status"]!, (string)r["http"]!["body"]!,
            r["states"]!.AsArray().Select(s => (string)s!).ToList(),
            (int)r["retries"]!, (int)r["lambdaInvocations"]!,
            r["startSyncExecution"], r["rejected"], (string?)r["integrationRequest"], (string?)r["validationError"]);
    }

    private const string BadRequestBody = "BAD_REQUEST_BODY";

    public const string RequestId = "0b9f7a3e-5d1c-4e8a-9c2b-7f6e5d4c3b2a";

    public string? ExecutionStatus => (string?)StartSyncExecution?["status"];

    public override string ToString() =>
        $"HTTP {HttpStatus} {Truncate(HttpBody)}; states [{string.Join(" → ", States)}]; execution {ExecutionStatus ?? "not started"}; " +
        $"rejected {Rejected?.ToJsonString() ?? "no"}; retries {Retries}; invocations {LambdaInvocations}";

    private static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
