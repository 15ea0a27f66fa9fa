using System.Buffers;
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

    // The envelope escapes like the body (ContractJson): only what JSON requires, so CJK text is not doubled in size
    // inside the 256 KiB quota. The body is the contract's one serialization, the same bytes `summarizer serve` writes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ContractJson.Options.Encoder };

    public static byte[] Success(SummarizeResponse response)
    {
        var envelope = Write(200, ContractJson.Serialize(response));
        if (envelope.Length <= MaxBytes)
            return envelope;
        return Error(new ErrorResponse(ErrorCodes.PayloadTooLarge,
            $"The summary is larger than the real-time path can return ({ContractLimits.StepFunctionsPayloadMaxBytes / 1024} KiB); " +
            "ask for fewer sentences or a smaller ratio, or use the batch path."));
    }

    public static byte[] Error(ErrorResponse error) =>
        Write(ErrorCodes.StatusCodeOf(error.Error), ContractJson.Serialize(error));

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
