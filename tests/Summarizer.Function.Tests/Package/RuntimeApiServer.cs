using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Summarizer.Testing;

namespace Summarizer.Function.Tests.Package;

/// <summary>What the function posted for one invocation: its answer, or an error with its type, and when the
/// Runtime API received it (the moment that counts against the invocation's deadline).</summary>
internal sealed record Posted(bool IsError, byte[] Body, string? ErrorType, DateTimeOffset ReceivedAt)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// The Lambda Runtime API (2018-06-01) the way Lambda serves it to a custom runtime, on 127.0.0.1 at a free port:
/// GET /runtime/invocation/next hands out queued events with their headers and waits while there are none;
/// POST .../{id}/response, .../{id}/error and /runtime/init/error are recorded and answered 202.
/// Paths and headers are written out here from https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html,
/// not taken from the function's client, so a misspelt header in the client fails these tests.
/// Every wait is asynchronous: a held /next must not hold a thread-pool thread, or two sandboxes alive at once on a
/// 2-core machine starve the pool and an answer is recorded late by the pool's thread injection (~0.5 s), not by
/// the function.
/// </summary>
internal sealed class RuntimeApiServer : IDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private const int ChunkedAbove = 64 * 1024;

    private sealed record PendingEvent(string RequestId, byte[] Payload, string? TraceId, DateTimeOffset Deadline);

    private readonly HttpListener _listener = new();
    private readonly Channel<PendingEvent> _events = Channel.CreateUnbounded<PendingEvent>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Posted>> _answers = new();
    private readonly TaskCompletionSource<Posted> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _nextRequests;
    private int _sequence;

    public RuntimeApiServer()
    {
        var port = LoopbackPorts.Free();
        HostAndPort = $"127.0.0.1:{port}";
        _listener.Prefixes.Add($"http://{HostAndPort}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string HostAndPort { get; }

    /// <summary>How many GET /next the runtime has made.</summary>
    public int NextRequests => Volatile.Read(ref _nextRequests);

    /// <summary>Completes when the runtime posts to /runtime/init/error.</summary>
    public Task<Posted> InitError => _initError.Task;

    /// <summary>Queues one event; the task completes with what the function posts for it.</summary>
    public Task<Posted> Invoke(byte[] payload, string? traceId = null, DateTimeOffset? deadline = null)
    {
        var id = $"req-{Interlocked.Increment(ref _sequence):D5}-{Guid.NewGuid():N}";
        var answer = new TaskCompletionSource<Posted>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[id] = answer;
        _events.Writer.TryWrite(new PendingEvent(id, payload, traceId, deadline ?? DateTimeOffset.UtcNow.AddSeconds(10)));
        return answer.Task;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = ServeAsync(context);
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var receivedAt = DateTimeOffset.UtcNow; // before the hop to another thread, which may have to wait
        await Task.Yield(); // the accept loop goes on at once
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        try
        {
            if (request.HttpMethod == "GET" && path == Prefix + "invocation/next")
            {
                Interlocked.Increment(ref _nextRequests);
                // Lambda holds /next until there is an event; so does this server, until it stops.
                var next = await _events.Reader.ReadAsync(_stop.Token);
                var response = context.Response;
                response.StatusCode = 200;
                response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
                response.Headers["Lambda-Runtime-Deadline-Ms"] = next.Deadline.ToUnixTimeMilliseconds().ToString();
                response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:summarize";
                if (next.TraceId is not null) response.Headers["Lambda-Runtime-Trace-Id"] = next.TraceId;
                response.ContentType = "application/json";
                // HTTP/1.1 lets a server frame a body by Content-Length or by chunks; large events come chunked here
                // so the client is proven to read both.
                await ReplyAsync(context, 200, next.Payload, chunked: next.Payload.Length > ChunkedAbove);
                return;
            }
            if (request.HttpMethod == "POST" && path == Prefix + "init/error")
            {
                _initError.TrySetResult(new Posted(true, await ReadBodyAsync(request), request.Headers["Lambda-Runtime-Function-Error-Type"], receivedAt));
                await ReplyAsync(context, 202, """{"status":"OK"}"""u8.ToArray());
                return;
            }
            if (request.HttpMethod == "POST" && path.StartsWith(Prefix + "invocation/", StringComparison.Ordinal))
            {
                var rest = path[(Prefix + "invocation/").Length..].Split('/');
                if (rest.Length == 2 && _answers.TryRemove(Uri.UnescapeDataString(rest[0]), out var answer) && rest[1] is "response" or "error")
                {
                    var isError = rest[1] == "error";
                    answer.TrySetResult(new Posted(isError, await ReadBodyAsync(request), isError ? request.Headers["Lambda-Runtime-Function-Error-Type"] : null, receivedAt));
                    await ReplyAsync(context, 202, """{"status":"OK"}"""u8.ToArray());
                    return;
                }
                // Lambda: 400 for an unknown request id or an invocation already answered.
                await ReplyAsync(context, 400, """{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}"""u8.ToArray());
                return;
            }
            await ReplyAsync(context, 404, []);
        }
        catch (OperationCanceledException) { context.Response.Abort(); }
        catch (HttpListenerException) { }
        catch (ObjectDisposedException) { }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpListenerRequest request)
    {
        using var copy = new MemoryStream();
        await request.InputStream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task ReplyAsync(HttpListenerContext context, int status, byte[] body, bool chunked = false)
    {
        context.Response.StatusCode = status;
        if (chunked) context.Response.SendChunked = true;
        else context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        foreach (var pending in _answers.Values) pending.TrySetCanceled();
    }
}
