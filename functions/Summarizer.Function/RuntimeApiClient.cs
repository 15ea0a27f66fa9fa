using System.Buffers;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Summarizer.Function;

/// <summary>One event as the Runtime API hands it to the function.</summary>
/// <param name="RequestId">Lambda-Runtime-Aws-Request-Id: names the invocation in the answer's path.</param>
/// <param name="Deadline">Lambda-Runtime-Deadline-Ms as a point in time; null when the header is absent.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id (the X-Ray header), when tracing sent one.</param>
/// <param name="Event">The payload bytes, exactly as invoked.</param>
internal sealed record RuntimeInvocation(string RequestId, DateTimeOffset? Deadline, string? TraceId, byte[] Event);

/// <summary>The Runtime API is unreachable or answered that the execution environment is broken: the runtime must exit.</summary>
internal sealed class RuntimeApiFatalException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The Runtime API refused one call (4xx, e.g. 413 for a response too large): that call only is lost.</summary>
internal sealed class RuntimeApiRejectedException(string message) : Exception(message);

/// <summary>
/// A small client of the Lambda Runtime API, version 2018-06-01, as documented in
/// https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html ("Using the Lambda runtime API for custom
/// runtimes"). Every path and header below is from that page.
/// <para>It speaks HTTP/1.1 over one kept-alive loopback connection itself rather than through HttpClient: the
/// API is four plain HTTP calls on 127.0.0.1, and HttpClient's handler pipeline (connection pools, proxies, TLS,
/// HTTP/2) is code every cold start would load for nothing. Synchronous on purpose: the runtime handles one event
/// at a time.</para>
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

    // The Runtime API's headers are short; anything longer is not that API.
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly string _host;
    private readonly int _port;
    private Socket? _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start, _end; // the received bytes not consumed yet: _buffer[_start.._end]

    /// <param name="hostAndPort">The value of AWS_LAMBDA_RUNTIME_API ("host:port").</param>
    public RuntimeApiClient(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostAndPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _port))
            throw new RuntimeApiFatalException($"AWS_LAMBDA_RUNTIME_API is not host:port: '{hostAndPort}'.");
        _host = hostAndPort[..colon].Trim('[', ']');
    }

    /// <summary>GET /runtime/invocation/next: blocks until Lambda has an event. runtimes-api.html: no timeout on
    /// this call, the environment can be frozen for seconds before an event comes; the socket has none.</summary>
    public RuntimeInvocation Next()
    {
        var answer = Send("GET", NextPath, null, null);
        var requestId = answer.Header(RequestIdHeader)
            ?? throw new RuntimeApiFatalException($"GET {NextPath} answered without {RequestIdHeader}.");
        DateTimeOffset? deadline = long.TryParse(answer.Header(DeadlineHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new RuntimeInvocation(requestId, deadline, answer.Header(TraceIdHeader), answer.Body);
    }

    /// <summary>POST /runtime/invocation/{id}/response with the function's answer.</summary>
    public void Respond(string requestId, byte[] payload) => Send("POST", ResponsePath(requestId), null, payload);

    /// <summary>POST /runtime/invocation/{id}/error: the invocation failed; the runtime goes on to the next.</summary>
    public void ReportInvocationError(string requestId, string errorType, string message) =>
        Send("POST", ErrorPath(requestId), errorType, ErrorBody(errorType, message));

    /// <summary>POST /runtime/init/error: init failed; the runtime must exit after it.</summary>
    public void ReportInitError(string errorType, string message) =>
        Send("POST", InitErrorPath, errorType, ErrorBody(errorType, message));

    public void Dispose() => Disconnect();

    private sealed record Answer(int Status, string Reason, Dictionary<string, string> Headers, byte[] Body)
    {
        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }

    private Answer Send(string method, string path, string? errorType, byte[]? body)
    {
        var request = Request(method, path, errorType, body);
        Answer answer;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Connect();
                _socket!.Send(request);
                answer = Receive();
                break;
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                Disconnect();
                // A kept-alive connection may have been closed while the environment was frozen: one new connection.
                if (attempt == 2) throw new RuntimeApiFatalException($"Runtime API {_host}:{_port} unreachable ({method} {path}): {ex.Message}", ex);
            }
        }
        // runtimes-api.html: 2xx accepted; 400/403/413 concern this call only; 500 "Container error. Non-recoverable
        // state. Runtime should exit promptly."
        if (answer.Status is >= 200 and < 300) return answer;
        var message = $"Runtime API {method} {path} answered {answer.Status} {answer.Reason}: {Encoding.UTF8.GetString(answer.Body)}";
        if (answer.Status >= 500) throw new RuntimeApiFatalException(message);
        throw new RuntimeApiRejectedException(message);
    }

    // The whole request in one buffer: one send, so no small-packet delay between headers and body.
    private byte[] Request(string method, string path, string? errorType, byte[]? body)
    {
        var head = new StringBuilder()
            .Append(method).Append(" /").Append(ApiVersion).Append('/').Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(_host).Append(':').Append(_port).Append("\r\n");
        if (errorType is not null) head.Append(ErrorTypeHeader).Append(": ").Append(errorType).Append("\r\n");
        if (body is not null) head.Append("Content-Type: application/json\r\nContent-Length: ").Append(body.Length).Append("\r\n");
        head.Append("\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        return body is null ? headBytes : [.. headBytes, .. body];
    }

    private void Connect()
    {
        if (_socket is not null) return;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try { socket.Connect(_host, _port); }
        catch { socket.Dispose(); throw; }
        _socket = socket;
        _start = _end = 0;
    }

    private void Disconnect()
    {
        _socket?.Dispose();
        _socket = null;
        _start = _end = 0;
    }

    // RFC 9112: status line, header fields, then a body framed by Content-Length or chunked transfer coding (or, for
    // neither, by the connection closing).
    private Answer Receive()
    {
        var head = ReadUntil("\r\n\r\n"u8, MaxHeaderBytes);
        var lines = Encoding.Latin1.GetString(head).Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(statusLine[1], out var status))
            throw new IOException($"Not an HTTP/1.x answer: '{lines[0]}'.");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        byte[] body;
        bool closes = headers.TryGetValue("Connection", out var connection) && connection.Contains("close", StringComparison.OrdinalIgnoreCase);
        if (headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = ReadChunked();
        else if (headers.TryGetValue("Content-Length", out var length))
            body = ReadExactly(int.Parse(length, NumberStyles.None, CultureInfo.InvariantCulture));
        else if (status is 204 or 304 or < 200)
            body = [];
        else
        {
            body = ReadToClose();
            closes = true;
        }
        if (closes) Disconnect();
        return new Answer(status, statusLine.Length > 2 ? statusLine[2] : "", headers, body);
    }

    private byte[] ReadChunked()
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = Encoding.ASCII.GetString(ReadUntil("\r\n"u8, 1024));
            var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while (ReadUntil("\r\n"u8, MaxHeaderBytes).Length > 0) { } // trailer fields, then the empty line
                return body.ToArray();
            }
            body.Write(ReadExactly(size));
            ReadUntil("\r\n"u8, 2);
        }
    }

    /// <summary>The bytes before the next <paramref name="delimiter"/>, consuming both.</summary>
    private byte[] ReadUntil(ReadOnlySpan<byte> delimiter, int limit)
    {
        int searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf(delimiter);
            if (found >= 0)
            {
                var result = _buffer.AsSpan(_start, searched + found).ToArray();
                _start += searched + found + delimiter.Length;
                return result;
            }
            searched = Math.Max(0, _end - _start - delimiter.Length + 1);
            if (_end - _start > limit) throw new IOException($"No end of line within {limit} bytes from the Runtime API.");
            if (Fill() == 0) throw new IOException("The Runtime API closed the connection mid-answer.");
        }
    }

    private byte[] ReadExactly(int count)
    {
        var result = new byte[count];
        int buffered = Math.Min(count, _end - _start);
        _buffer.AsSpan(_start, buffered).CopyTo(result);
        _start += buffered;
        for (int read = buffered; read < count;)
        {
            int n = _socket!.Receive(result, read, count - read, SocketFlags.None);
            if (n == 0) throw new IOException("The Runtime API closed the connection mid-body.");
            read += n;
        }
        return result;
    }

    private byte[] ReadToClose()
    {
        using var body = new MemoryStream();
        body.Write(_buffer, _start, _end - _start);
        _start = _end;
        var chunk = new byte[64 * 1024];
        for (int n; (n = _socket!.Receive(chunk)) > 0;) body.Write(chunk, 0, n);
        return body.ToArray();
    }

    // Reads more into the buffer (compacting or growing it first); returns how many bytes came.
    private int Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int n = _socket!.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        _end += n;
        return n;
    }

    // The error document of runtimes-api.html: errorMessage, errorType, stackTrace. The stack stays in the log
    // (stderr, CloudWatch): the execution history that shows this body is read more widely.
    private static byte[] ErrorBody(string errorType, string message)
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
        return buffer.WrittenSpan.ToArray();
    }
}
