using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>The body of every error answer: a stable machine-readable code and a human message.</summary>
public sealed record ErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The error codes of the contract and the HTTP status each one maps to.</summary>
public static class ErrorCodes
{
    public const string InvalidInput = "InvalidInput";
    public const string PayloadTooLarge = "PayloadTooLarge";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string InternalError = "InternalError";
    public const string NotFound = "NotFound";
    public const string MethodNotAllowed = "MethodNotAllowed";
    public const string RequestTimeout = "RequestTimeout";

    // API Gateway's own refusals on the deployed API (gateway responses), before anything of ours runs.
    /// <summary>The x-api-key header is missing or names no enabled key of the API's usage plan.</summary>
    public const string Forbidden = "Forbidden";
    /// <summary>The stage's or the key's request rate was exceeded: retry after a pause.</summary>
    public const string TooManyRequests = "TooManyRequests";
    /// <summary>The key's request quota for the period is used up: retrying before it resets cannot succeed.</summary>
    public const string QuotaExceeded = "QuotaExceeded";
    /// <summary>The integration did not answer within API Gateway's integration timeout.</summary>
    public const string GatewayTimeout = "GatewayTimeout";
    /// <summary>Any other refusal by API Gateway itself (none is expected with this API's settings). Its nominal status
    /// is 400; API Gateway answers it with the status of the refusal it stands for (401, 403, 404...).</summary>
    public const string RequestRejected = "RequestRejected";

    public static int StatusCodeOf(string error) => error switch
    {
        InvalidInput or RequestRejected => 400,
        Forbidden => 403,
        NotFound => 404,
        MethodNotAllowed => 405,
        RequestTimeout => 408,
        PayloadTooLarge => 413,
        UnsupportedMediaType => 415,
        TooManyRequests or QuotaExceeded => 429,
        GatewayTimeout => 504,
        _ => 500,
    };
}
