using System.Net;
using Summarizer.Engine;
using Summarizer.Function;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// Serves the real Lambda handler over HTTP on 127.0.0.1 for the workflow harness: each POST is one invocation,
/// its body the payload the lambda:invoke task sends. <see cref="RealUrl"/> runs <see cref="Handler"/>;
/// <see cref="CrashingUrl"/> runs the same invocation code with an engine that throws, the function's own
/// failure path.
/// </summary>
internal sealed class FunctionHost : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly SummarizeInvocation _crashing = new(
        (_, _) => throw new InvalidOperationException("Simulated engine failure: model index out of range"), "test-model", TextWriter.Null);
    private int _invocations;

    public string RealUrl { get; }
    public string CrashingUrl { get; }
    public int Invocations => Volatile.Read(ref _invocations);

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
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        Interlocked.Increment(ref _invocations);
        using var body = new MemoryStream();
        context.Request.InputStream.CopyTo(body);
        body.Position = 0;
        byte[] answer;
        if (context.Request.Url!.AbsolutePath == "/crashing")
            answer = _crashing.Answer(body.ToArray());
        else
        {
            using var output = new Handler().Handle(body);
            using var copy = new MemoryStream();
            output.CopyTo(copy);
            answer = copy.ToArray();
        }
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
