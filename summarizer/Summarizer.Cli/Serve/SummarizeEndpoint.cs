using Microsoft.AspNetCore.Http;
using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Cli.Serve;

/// <summary>
/// POST /summarize: the contract's checks come from <see cref="SummarizeRequestReader"/> (the same code the
/// Lambda function runs), so the local server and the deployed API answer the same body with the same
/// status. Built for throughput: the body is read straight from the request pipe, JSON is source-generated.
/// </summary>
public sealed class SummarizeEndpoint(Func<string, SummaryOptions, SummaryResult> summarize, string modelVersion)
{
    public SummarizeEndpoint(SummarizerEngine engine) : this(engine.Summarize, engine.ModelVersion) { }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!SummarizeRequestReader.IsJsonContentType(request.ContentType))
        {
            await WriteErrorAsync(context, SummarizeRequestReader.UnsupportedMediaType(request.ContentType));
            return;
        }
        if (request.ContentLength > ContractLimits.MaxRequestBytes)
        {
            await WriteErrorAsync(context, SummarizeRequestReader.PayloadTooLarge);
            return;
        }

        // The whole body must arrive within the deadline: a client that stalls loses its connection, not our memory.
        // The deadline cancels the pending read (not the token of ReadAsync), so the body reader stays usable for
        // Kestrel to finish the request.
        var body = request.BodyReader;
        using var deadline = new CancellationTokenSource(ServeLimits.BodyDeadline);
        using var onDeadline = deadline.Token.Register(body.CancelPendingRead);
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(context.RequestAborted);
                var buffer = read.Buffer;
                if (read.IsCanceled)
                {
                    body.AdvanceTo(buffer.Start, buffer.End);
                    await AnswerAndCloseAsync(context, ContractErrors.RequestTimeout);
                    return;
                }
                if (read.IsCompleted)
                {
                    try
                    {
                        await AnswerAsync(context, buffer);
                    }
                    finally
                    {
                        body.AdvanceTo(buffer.End);
                    }
                    return;
                }
                body.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel stops reading at the contract's limit (its MaxRequestBodySize): a hostile client cannot make
            // the server buffer an unbounded body, chunked or not.
            await AnswerAndCloseAsync(context, SummarizeRequestReader.PayloadTooLarge);
        }
        catch (BadHttpRequestException slow) when (slow.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // Kestrel's minimum data rate caught a body trickling in.
            await AnswerAndCloseAsync(context, ContractErrors.RequestTimeout);
        }

    }

    // The connection cannot be reused mid-body: answer, then close it.
    private static Task AnswerAndCloseAsync(HttpContext context, ErrorResponse error)
    {
        context.Response.Headers.Connection = "close";
        return WriteErrorAsync(context, error);
    }

    private Task AnswerAsync(HttpContext context, ReadOnlySequence<byte> body)
    {
        RequestReadResult parsed;
        if (body.IsSingleSegment)
        {
            parsed = SummarizeRequestReader.Read(body.FirstSpan, SummarizerEngine.IsKnownMethod);
        }
        else
        {
            var copy = ArrayPool<byte>.Shared.Rent((int)body.Length);
            body.CopyTo(copy);
            parsed = SummarizeRequestReader.Read(copy.AsSpan(0, (int)body.Length), SummarizerEngine.IsKnownMethod);
            ArrayPool<byte>.Shared.Return(copy);
        }
        if (!parsed.IsValid)
            return WriteErrorAsync(context, parsed.Error!);

        var request = parsed.Request!;
        var response = summarize(request.Text!, request.ToOptions()).ToResponse(modelVersion);
        return WriteJsonAsync(context, StatusCodes.Status200OK, ContractJson.Serialize(response));
    }

    internal static Task WriteErrorAsync(HttpContext context, ErrorResponse error) =>
        WriteJsonAsync(context, ErrorCodes.StatusCodeOf(error.Error), ContractJson.Serialize(error));

    internal static Task WriteJsonAsync(HttpContext context, int status, byte[] json)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonUtf8ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, 0, json.Length);
    }

    internal const string JsonUtf8ContentType = ContractJson.ContentType + "; charset=utf-8";
}
