using System.Net;
using System.Text;
using System.Text.Json;
using Summarizer.Engine;
using Summarizer.Function;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// Serves the function's request handling over HTTP on 127.0.0.1 for the workflow harness: each POST is one
/// invocation, its body the payload the lambda:invoke task sends. <see cref="RealUrl"/> answers with the engine the
/// function loads; <see cref="CrashingUrl"/> runs the same invocation code with an engine that throws, the
/// function's own failure path. (The packaged `bootstrap` itself is proven against a Runtime API server in
/// Summarizer.Function.Tests; here the subject is the workflow around it.)
/// </summary>
internal sealed class FunctionHost : IDisposable
{
    private static readonly SummarizeInvocation Real = new(SummarizerEngine.LoadDefault(), TextWriter.Null);

    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly SummarizeInvocation _crashing = new(
        (_, _) => throw new InvalidOperationException("Simulated engine failure: model index out of range"), "test-model", TextWriter.Null);
    private int _invocations;

    public string RealUrl { get; }
    public string CrashingUrl { get; }
    public int Invocations => Volatile.Read(ref _invocations);

    /// <summary>The function's answer to one payload, as the task's Payload holds it: status and contract body.</summary>
    public static (int StatusCode, string Body) Answer(string payload)
    {
        using var envelope = JsonDocument.Parse(Real.Answer(Encoding.UTF8.GetBytes(payload)));
        return (envelope.RootElement.GetProperty("statusCode").GetInt32(), envelope.RootElement.GetProperty("body").GetString()!);
    }

    public FunctionHost()
    {
        int port = LoopbackPorts.Free();
        var prefix = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(prefix);
        _listener.Start();
        RealUrl = prefix + "real";
        CrashingUrl = prefix + "crashing";
        _loop = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        Interlocked.Increment(ref _invocations);
        using var body = new MemoryStream();
        context.Request.InputStream.CopyTo(body);
        var invocation = context.Request.Url!.AbsolutePath == "/crashing" ? _crashing : Real;
        var answer = invocation.Answer(body.ToArray());
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = answer.Length;
        context.Response.OutputStream.Write(answer);
        context.Response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
