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

    public static int StatusCodeOf(string error) => error switch
    {
        InvalidInput => 400,
        NotFound => 404,
        MethodNotAllowed => 405,
        RequestTimeout => 408,
        PayloadTooLarge => 413,
        UnsupportedMediaType => 415,
        _ => 500,
    };
}
