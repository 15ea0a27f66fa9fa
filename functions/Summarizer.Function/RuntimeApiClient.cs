using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Summarizer.Function;

/// <summary>One event as the Runtime API hands it to the function.</summary>
/// <param name="RequestId">Lambda-Runtime-Aws-Request-Id: names the invocation in the answer's path.</param>
/// <param name="Deadline">Lambda-Runtime-Deadline-Ms as a point in time; null when the header is absent.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id (the X-Ray header), when tracing sent one.</param>
/// <param name="Event">The payload bytes, exactly as invoked.</param>
internal sealed record RuntimeInvocation(string RequestId, DateTimeOffset? Deadline, string? TraceId, byte[] Event);

/// <summary>The Runtime API answered that the execution environment is broken; the runtime must exit.</summary>
internal sealed class RuntimeApiFatalException(string message) : Exception(message);

/// <summary>
/// A small client of the Lambda Runtime API, version 2018-06-01, as documented in
/// https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html ("Using the Lambda runtime API for custom
/// runtimes"). Every path and header below is from that page. Synchronous on purpose: the runtime handles one
/// event at a time, and a blocking loop has nothing to schedule at cold start.
/// </summary>
internal sealed class RuntimeApiClient : IDisposable
{
    /// <summary>The API version in every path: http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/...</summary>
    public const string ApiVersion = "2018-06-01";

    // Paths (runtimes-api.html: "Next invocation", "Invocation response", "Invocation error", "Initialization error").
    public const string NextPath = "runtime/invocation/next";
    public const string InitErrorPath = "runtime/init/error";
    public static string ResponsePath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/response";
    public static string ErrorPath(string requestId) => $"runtime/invocation/{Uri.EscapeDataString(requestId)}/error";

    // Response headers of GET /next (runtimes-api.html, "Next invocation").
    public const string RequestIdHeader = "Lambda-Runtime-Aws-Request-Id";
    public const string DeadlineHeader = "Lambda-Runtime-Deadline-Ms";
    public const string TraceIdHeader = "Lambda-Runtime-Trace-Id";

    // Request header of the error posts (runtimes-api.html, "Invocation error" and "Initialization error").
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly HttpClient _http;

    /// <param name="hostAndPort">The value of AWS_LAMBDA_RUNTIME_API ("host:port").</param>
    public RuntimeApiClient(string hostAndPort)
    {
        var handler = new SocketsHttpHandler
        {
            // The API is local to the execution environment: never through a proxy from the environment.
            UseProxy = false,
            // Lambda freezes the environment between invocations: a pooled connection may outlive any idle timer.
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{hostAndPort}/{ApiVersion}/"),
            // runtimes-api.html: do not set a timeout on GET /next; the environment can be frozen for seconds
            // between starting the runtime and having an event. The other calls are answered at once by Lambda.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>GET /runtime/invocation/next: blocks until Lambda has an event.</summary>
    public RuntimeInvocation Next()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, NextPath);
        using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead);
        Check(response, NextPath);
        var requestId = Header(response, RequestIdHeader)
            ?? throw new RuntimeApiFatalException($"GET {NextPath} answered without {RequestIdHeader}.");
        DateTimeOffset? deadline = long.TryParse(Header(response, DeadlineHeader), out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new RuntimeInvocation(requestId, deadline, Header(response, TraceIdHeader), ReadBody(response));
    }

    /// <summary>POST /runtime/invocation/{id}/response with the function's answer.</summary>
    public void Respond(string requestId, byte[] payload)
    {
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Post(ResponsePath(requestId), content);
    }

    /// <summary>POST /runtime/invocation/{id}/error: the invocation failed; the runtime goes on to the next.</summary>
    public void ReportInvocationError(string requestId, string errorType, string message) =>
        Post(ErrorPath(requestId), ErrorBody(errorType, message), errorType);

    /// <summary>POST /runtime/init/error: init failed; the runtime must exit after it.</summary>
    public void ReportInitError(string errorType, string message) =>
        Post(InitErrorPath, ErrorBody(errorType, message), errorType);

    public void Dispose() => _http.Dispose();

    private void Post(string path, HttpContent content, string? errorType = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (errorType is not null) request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        using var response = _http.Send(request);
        Check(response, path);
    }

    // runtimes-api.html: 202 Accepted; 400/403/413 concern this call only (the runtime carries on with the next
    // event); 500 "Container error. Non-recoverable state. Runtime should exit promptly."
    private static void Check(HttpResponseMessage response, string path)
    {
        if (response.IsSuccessStatusCode) return;
        var message = $"Runtime API {path} answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        if (response.StatusCode >= HttpStatusCode.InternalServerError) throw new RuntimeApiFatalException(message);
        throw new HttpRequestException(message, null, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static byte[] ReadBody(HttpResponseMessage response)
    {
        using var stream = response.Content.ReadAsStream();
        if (response.Content.Headers.ContentLength is { } length and <= int.MaxValue)
        {
            var body = new byte[length];
            stream.ReadExactly(body);
            return body;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // The error document of runtimes-api.html: errorMessage, errorType, stackTrace. The stack stays in the log
    // (stderr, CloudWatch): the execution history that shows this body is read more widely.
    private static ByteArrayContent ErrorBody(string errorType, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", message);
            writer.WriteString("errorType", errorType);
            writer.WriteStartArray("stackTrace");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
