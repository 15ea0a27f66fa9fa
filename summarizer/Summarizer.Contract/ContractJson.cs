using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Summarizer.Contract;

/// <summary>
/// The contract on the wire: its media type, and the one serializer setting of its answers, so `summarizer serve` and
/// the Lambda function write the same bytes for the same request. Only what JSON requires is escaped: escaping every non-ASCII character (and '+', "'")
/// as \uXXXX would double the size of CJK text inside the real-time path's payload quota. The answers are JSON for a
/// JSON API, never embedded in HTML.
/// </summary>
public static class ContractJson
{
    /// <summary>The media type of every request body and answer of the contract (the only one POST /summarize accepts).</summary>
    public const string ContentType = "application/json";

    public static JsonSerializerOptions Options { get; } = new(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<SummarizeResponse> Response = (JsonTypeInfo<SummarizeResponse>)Options.GetTypeInfo(typeof(SummarizeResponse));
    private static readonly JsonTypeInfo<ErrorResponse> Error = (JsonTypeInfo<ErrorResponse>)Options.GetTypeInfo(typeof(ErrorResponse));

    public static byte[] Serialize(SummarizeResponse response) => JsonSerializer.SerializeToUtf8Bytes(response, Response);

    public static byte[] Serialize(ErrorResponse error) => JsonSerializer.SerializeToUtf8Bytes(error, Error);
}
