using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    public const string AccessLogFormatFile = "gateway-access-log.json";

    /// <summary>Content type of the request model and of every template (the only one the method accepts).</summary>
    public const string ContentType = ContractJson.ContentType;

    /// <summary>Integration response selection pattern for the rejected-call template: Step Functions answered an
    /// HTTP error (the default integration response, status 200, takes the response template).</summary>
    public const string RejectedSelectionPattern = @"4\d{2}|5\d{2}";

    /// <summary>The statuses the method can answer; the templates set them through $context.responseOverride.</summary>
    public static IReadOnlyList<int> MethodResponseStatusCodes { get; } =
        [200, ErrorCodes.StatusCodeOf(ErrorCodes.InvalidInput), ErrorCodes.StatusCodeOf(ErrorCodes.PayloadTooLarge), ErrorCodes.StatusCodeOf(ErrorCodes.InternalError)];

    /// <summary>
    /// API Gateway's own answers (gateway responses: refusals before, or failures around, the integration), each in
    /// the contract's error shape: type as API Gateway names it → error code (and so status) → body template.
    /// Types and their default statuses: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
    /// Every explicit status is API Gateway's default for the type except MISSING_AUTHENTICATION_TOKEN: its default
    /// 403 means "no such method or resource" when, as here, no method uses IAM authorization, so it answers 404.
    /// The two fallbacks cover every other type of their class and set no status, so each keeps its own.
    /// </summary>
    public static IReadOnlyList<GatewayResponse> GatewayResponses { get; } =
    [
        new("BAD_REQUEST_BODY", ErrorCodes.InvalidInput, "gateway-bad-request-body.vtl"),
        new("REQUEST_TOO_LARGE", ErrorCodes.PayloadTooLarge, "gateway-request-too-large.vtl"),
        new("UNSUPPORTED_MEDIA_TYPE", ErrorCodes.UnsupportedMediaType, "gateway-unsupported-media-type.vtl"),
        new("INVALID_API_KEY", ErrorCodes.Forbidden, "gateway-invalid-api-key.vtl"),
        new("MISSING_AUTHENTICATION_TOKEN", ErrorCodes.NotFound, "gateway-no-such-route.vtl"),
        new("RESOURCE_NOT_FOUND", ErrorCodes.NotFound, "gateway-no-such-route.vtl"),
        new("THROTTLED", ErrorCodes.TooManyRequests, "gateway-throttled.vtl"),
        new("QUOTA_EXCEEDED", ErrorCodes.QuotaExceeded, "gateway-quota-exceeded.vtl"),
        new("INTEGRATION_TIMEOUT", ErrorCodes.GatewayTimeout, "gateway-integration-timeout.vtl"),
        new("DEFAULT_4XX", ErrorCodes.RequestRejected, "gateway-default-4xx.vtl", KeepsGatewayStatus: true),
        new("DEFAULT_5XX", ErrorCodes.InternalError, "gateway-default-5xx.vtl", KeepsGatewayStatus: true),
    ];

    /// <summary>The gateway response of a type (as API Gateway names it).</summary>
    public static GatewayResponse GatewayResponseOf(string gatewayResponseType) =>
        GatewayResponses.SingleOrDefault(r => r.Type == gatewayResponseType)
        ?? throw new ArgumentException($"No gateway response of type '{gatewayResponseType}' is defined.", nameof(gatewayResponseType));

    public static string StateMachine(string summarizeFunctionArn) =>
        Render(StateMachineFile, ("SummarizeFunctionArn", summarizeFunctionArn));

    public static string RequestTemplate(string realtimeStateMachineArn) =>
        Render(RequestTemplateFile, ("RealtimeStateMachineArn", realtimeStateMachineArn));

    public static string ResponseTemplate() => Render(ResponseTemplateFile);

    public static string RejectedResponseTemplate() => Render(RejectedResponseTemplateFile);

    public static string RequestModel() => Render(RequestModelFile);

    /// <summary>The stage's access log format: one JSON object a request, on one line as CloudWatch Logs keeps it, of
    /// values API Gateway sets itself (none a client controls, so no request can forge a field of its log line).</summary>
    public static string AccessLogFormat() => JsonNode.Parse(Render(AccessLogFormatFile))!.ToJsonString();

    public static string GatewayResponseTemplate(string gatewayResponseType) => Render(GatewayResponseOf(gatewayResponseType).TemplateFile);

    /// <summary>Every contract value a real-time file may name, by placeholder name.</summary>
    public static IReadOnlyDictionary<string, string> ContractValues { get; } = new Dictionary<string, string>
    {
        [nameof(ErrorCodes.InvalidInput)] = ErrorCodes.InvalidInput,
        [nameof(ErrorCodes.PayloadTooLarge)] = ErrorCodes.PayloadTooLarge,
        [nameof(ErrorCodes.UnsupportedMediaType)] = ErrorCodes.UnsupportedMediaType,
        [nameof(ErrorCodes.InternalError)] = ErrorCodes.InternalError,
        [nameof(ErrorCodes.NotFound)] = ErrorCodes.NotFound,
        [nameof(ErrorCodes.Forbidden)] = ErrorCodes.Forbidden,
        [nameof(ErrorCodes.TooManyRequests)] = ErrorCodes.TooManyRequests,
        [nameof(ErrorCodes.QuotaExceeded)] = ErrorCodes.QuotaExceeded,
        [nameof(ErrorCodes.GatewayTimeout)] = ErrorCodes.GatewayTimeout,
        [nameof(ErrorCodes.RequestRejected)] = ErrorCodes.RequestRejected,
        ["SummarizeMethod"] = SummarizeRoute.Method,
        ["SummarizePath"] = SummarizeRoute.Path,
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
