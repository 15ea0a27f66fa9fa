using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Summarizer.Contract;

namespace Summarizer.Function;

/// <summary>
/// What the function returns to the Express workflow: <c>{"statusCode": 200, "body": "&lt;contract JSON&gt;"}</c>.
/// The workflow's Choice state branches on <c>statusCode</c>; API Gateway's response template sends
/// <c>body</c> verbatim. The body travels as a string so that the bytes measured here are the bytes
/// Step Functions carries, and the template needs no JSON serializer.
/// </summary>
internal static class ResponseEnvelope
{
    /// <summary>
    /// The most the envelope may hold. The task result that Step Functions checks against its 256 KiB quota
    /// is the envelope wrapped in lambda:invoke's metadata (status code, headers, request id: about 1 KiB),
    /// so a margin is kept for it. A larger answer would fail the execution with States.DataLimitExceeded.
    /// </summary>
    public const int MaxBytes = ContractLimits.StepFunctionsPayloadMaxBytes - 8 * 1024;

    // Escape only what JSON requires: escaping every non-ASCII character as \uXXXX would double the size
    // of CJK text inside the 256 KiB quota. The output is JSON for a JSON API, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions BodyOptions = new(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Success(SummarizeResponse response)
    {
        var envelope = Write(200, JsonSerializer.SerializeToUtf8Bytes(response, BodyOptions.GetTypeInfo(typeof(SummarizeResponse))));
        if (envelope.Length <= MaxBytes)
            return envelope;
        return Error(new ErrorResponse(ErrorCodes.PayloadTooLarge,
            $"The summary is larger than the real-time path can return ({ContractLimits.StepFunctionsPayloadMaxBytes / 1024} KiB); " +
            "ask for fewer sentences or a smaller ratio, or use the batch path."));
    }

    public static byte[] Error(ErrorResponse error) =>
        Write(ErrorCodes.StatusCodeOf(error.Error), JsonSerializer.SerializeToUtf8Bytes(error, BodyOptions.GetTypeInfo(typeof(ErrorResponse))));

    private static byte[] Write(int statusCode, ReadOnlySpan<byte> utf8Body)
    {
        var buffer = new ArrayBufferWriter<byte>(utf8Body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", statusCode);
            writer.WriteString("body", utf8Body);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
