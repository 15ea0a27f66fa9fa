using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Contract;

namespace Summarizer.Workflows;

/// <summary>
/// The real-time path's files, rendered: the Express state machine, the API Gateway mapping templates for the
/// states:StartSyncExecution integration, the request model, and the gateway-response templates. The contract's
/// limits and error codes are filled in from <see cref="ContractLimits"/> and <see cref="ErrorCodes"/>, so a limit
/// changed there changes the API Gateway model and messages too; the deployer passes only the ARNs.
/// </summary>
public static class RealtimeDefinitions
{
    public const string StateMachineFile = "realtime.asl.json";
    public const string RequestTemplateFile = "summarize-request.vtl";
    public const string ResponseTemplateFile = "summarize-response.vtl";
    public const string RejectedResponseTemplateFile = "summarize-rejected.vtl";
    public const string RequestModelFile = "summarize-request.model.json";

    /// <summary>Content type of the request model and of every template (the only one the method accepts).</summary>
    public const string ContentType = ContractJson.ContentType;

    /// <summary>Integration response selection pattern for the rejected-call template: Step Functions answered an
    /// HTTP error (the default integration response, status 200, takes the response template).</summary>
    public const string RejectedSelectionPattern = @"4\d{2}|5\d{2}";

    /// <summary>The statuses the method can answer; the templates set them through $context.responseOverride.</summary>
    public static IReadOnlyList<int> MethodResponseStatusCodes { get; } =
        [200, ErrorCodes.StatusCodeOf(ErrorCodes.InvalidInput), ErrorCodes.StatusCodeOf(ErrorCodes.PayloadTooLarge), ErrorCodes.StatusCodeOf(ErrorCodes.InternalError)];

    /// <summary>Gateway response type (as API Gateway names it) → template file: API Gateway's own rejections,
    /// before any integration runs, answered in the contract's error shape.</summary>
    public static IReadOnlyDictionary<string, string> GatewayResponseFiles { get; } = new Dictionary<string, string>
    {
        ["BAD_REQUEST_BODY"] = "gateway-bad-request-body.vtl",
        ["REQUEST_TOO_LARGE"] = "gateway-request-too-large.vtl",
        ["UNSUPPORTED_MEDIA_TYPE"] = "gateway-unsupported-media-type.vtl",
    };

    /// <summary>Status code of each gateway response above.</summary>
    public static IReadOnlyDictionary<string, int> GatewayResponseStatusCodes { get; } = new Dictionary<string, int>
    {
        ["BAD_REQUEST_BODY"] = ErrorCodes.StatusCodeOf(ErrorCodes.InvalidInput),
        ["REQUEST_TOO_LARGE"] = ErrorCodes.StatusCodeOf(ErrorCodes.PayloadTooLarge),
        ["UNSUPPORTED_MEDIA_TYPE"] = ErrorCodes.StatusCodeOf(ErrorCodes.UnsupportedMediaType),
    };

    public static string StateMachine(string summarizeFunctionArn) =>
        Render(StateMachineFile, ("SummarizeFunctionArn", summarizeFunctionArn));

    public static string RequestTemplate(string realtimeStateMachineArn) =>
        Render(RequestTemplateFile, ("RealtimeStateMachineArn", realtimeStateMachineArn));

    public static string ResponseTemplate() => Render(ResponseTemplateFile);

    public static string RejectedResponseTemplate() => Render(RejectedResponseTemplateFile);

    public static string RequestModel() => Render(RequestModelFile);

    public static string GatewayResponseTemplate(string gatewayResponseType) => Render(GatewayResponseFiles[gatewayResponseType]);

    /// <summary>Every contract value a real-time file may name, by placeholder name.</summary>
    public static IReadOnlyDictionary<string, string> ContractValues { get; } = new Dictionary<string, string>
    {
        [nameof(ErrorCodes.InvalidInput)] = ErrorCodes.InvalidInput,
        [nameof(ErrorCodes.PayloadTooLarge)] = ErrorCodes.PayloadTooLarge,
        [nameof(ErrorCodes.UnsupportedMediaType)] = ErrorCodes.UnsupportedMediaType,
        [nameof(ErrorCodes.InternalError)] = ErrorCodes.InternalError,
        ["PayloadTooLargeStatus"] = Number(ErrorCodes.StatusCodeOf(ErrorCodes.PayloadTooLarge)),
        ["InternalErrorStatus"] = Number(ErrorCodes.StatusCodeOf(ErrorCodes.InternalError)),
        // The contract's 413 body as a JSON string literal: the bytes the function's reader answers, for the workflow's Pass state.
        ["PayloadTooLargeBody"] = JsonSerializer.Serialize(Encoding.UTF8.GetString(ContractJson.Serialize(SummarizeRequestReader.PayloadTooLarge))),
        [nameof(ContractLimits.StepFunctionsPayloadMaxBytes)] = Number(ContractLimits.StepFunctionsPayloadMaxBytes),
        [nameof(ContractLimits.MaxTextUtf8Bytes)] = Number(ContractLimits.MaxTextUtf8Bytes),
        [nameof(ContractLimits.MaxEscapedBytesPerChar)] = Number(ContractLimits.MaxEscapedBytesPerChar),
        [nameof(ContractLimits.MaxMethodNameLength)] = Number(ContractLimits.MaxMethodNameLength),
        [nameof(ContractLimits.MinSentences)] = Number(ContractLimits.MinSentences),
        [nameof(ContractLimits.MaxSentences)] = Number(ContractLimits.MaxSentences),
        [nameof(ContractLimits.MinRatioExclusive)] = Number(ContractLimits.MinRatioExclusive),
        [nameof(ContractLimits.MaxRatio)] = Number(ContractLimits.MaxRatio),
        ["JsonContentType"] = ContractJson.ContentType,
    };

    // Each file takes the contract values it names; DefinitionTemplates still refuses a placeholder left unfilled.
    private static string Render(string file, params (string Name, string Value)[] deployValues)
    {
        var names = DefinitionTemplates.PlaceholdersOf(file);
        var values = ContractValues.Where(kv => names.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (name, value) in deployValues) values[name] = value;
        return DefinitionTemplates.Render(file, values);
    }

    private static string Number(double value) => DefinitionTemplates.Number(value);
}
