using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Summarizer.Infra.Artifacts;

// Usage: coldstart-host REPOSITORY_ROOT aot|self-contained RUNS REQUEST_FILE [MODEL_FILE]
// Builds the function package of that kind as `pulumi up` does (with MODEL_FILE, a `summarizer embeddings` file, in
// the package as a stack with `summarizer:embeddings` deploys it), unpacks it, and RUNS times starts a fresh `bootstrap`
// with Lambda's custom-runtime environment against a Runtime API on 127.0.0.1 that already holds one event. A cold
// start is the time from starting the process to the moment its answer to that event arrives at the Runtime API
// (POST /runtime/invocation/{id}/response). The last process then answers 200 more events: the warm invocation.
if (args.Length is not (4 or 5))
{
    Console.Error.WriteLine("usage: coldstart-host REPOSITORY_ROOT aot|self-contained RUNS REQUEST_FILE [MODEL_FILE]");
    return 2;
}
var root = args[0];
args = args[1..];
var kind = args[0] switch
{
    "aot" => FunctionPackageKind.NativeAot,
    "self-contained" => FunctionPackageKind.SelfContained,
    _ => throw new ArgumentException($"unknown package kind {args[0]}"),
};
int runs = int.Parse(args[1]);
var request = File.ReadAllBytes(args[2]);
var model = args.Length == 4 ? args[3] : null;

var work = Directory.CreateTempSubdirectory("coldstart-").FullName;
try
{
    var built = new DotnetPublishBuilder(root, work, log: Console.Error).BuildFunctionPackage(kind, model);
    var taskRoot = Path.Combine(work, "task");
    using (var unzip = Process.Start("unzip", ["-q", built.Path, "-d", taskRoot])) unzip.WaitForExit();

    Measure(taskRoot, request); // once to warm the page cache, not counted
    var coldMs = new List<double>();
    long peakKb = 0;
    for (int i = 0; i < runs; i++)
    {
        var (ms, kb) = Measure(taskRoot, request);
        coldMs.Add(ms);
        peakKb = Math.Max(peakKb, kb);
    }
    var warmMs = WarmInvocations(taskRoot, request, 200);

    coldMs.Sort();
    Console.WriteLine($"{args[0],-14} zip {new FileInfo(built.Path).Length / 1048576.0:F2} MiB ({new FileInfo(built.Path).Length:N0} bytes) | " +
                      $"process start -> first response posted: median {coldMs[(runs - 1) / 2]:F1} ms, min {coldMs[0]:F1}, max {coldMs[^1]:F1} ({runs} runs) | " +
                      $"warm invocation: median {warmMs:F2} ms | peak RSS after the first answer {peakKb / 1024.0:F0} MB" +
                      (model is null ? "" : $" | model {Path.GetFileName(model)} {new FileInfo(model).Length / 1048576.0:F0} MiB"));
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

// A Runtime API per process: a killed process leaves its next GET /next waiting, which must not take the next event.
// Returns the cold start and the process's peak resident memory (VmHWM) once it has answered.
static (double Ms, long PeakKb) Measure(string taskRoot, byte[] request)
{
    using var api = new RuntimeApi();
    var answered = api.Enqueue(request);
    var clock = Stopwatch.StartNew();
    using var process = Bootstrap.Start(taskRoot, api.HostAndPort);
    if (!answered.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("no response from bootstrap");
    var ms = clock.Elapsed.TotalMilliseconds;
    if (!answered.Result.StartsWith("{\"statusCode\":200")) throw new InvalidOperationException($"not a 200 answer: {answered.Result}");
    var peakKb = long.Parse(File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmHWM:"))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    process.Kill();
    process.WaitForExit();
    return (ms, peakKb);
}

static double WarmInvocations(string taskRoot, byte[] request, int count)
{
    using var api = new RuntimeApi();
    var first = api.Enqueue(request);
    using var process = Bootstrap.Start(taskRoot, api.HostAndPort);
    first.Wait();
    var times = new List<double>();
    for (int i = 0; i < count; i++)
    {
        var clock = Stopwatch.StartNew();
        api.Enqueue(request).Wait();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }
    process.Kill();
    process.WaitForExit();
    times.Sort();
    return times[count / 2];
}

static class Bootstrap
{
    // The environment Lambda defines for a custom runtime (configuration-envvars.html), nothing inherited.
    public static Process Start(string taskRoot, string runtimeApi)
    {
        var psi = new ProcessStartInfo(Path.Combine(taskRoot, "bootstrap")) { WorkingDirectory = taskRoot, UseShellExecute = false, RedirectStandardError = true };
        psi.Environment.Clear();
        psi.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        psi.Environment["_HANDLER"] = "bootstrap";
        psi.Environment["LAMBDA_TASK_ROOT"] = taskRoot;
        psi.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "1024";
        psi.Environment["TZ"] = ":UTC";
        psi.Environment["LANG"] = "en_US.UTF-8";
        psi.Environment["PATH"] = "/usr/local/bin:/usr/bin/:/bin:/opt/bin";
        var process = Process.Start(psi)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }
}

/// <summary>A minimal Runtime API: /next hands out queued events; /response completes the event's task.</summary>
sealed class RuntimeApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly BlockingCollection<(string Id, byte[] Body)> _events = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _answers = new();
    private int _ids;

    public string HostAndPort { get; }

    public RuntimeApi()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        HostAndPort = $"127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();
        _listener.Prefixes.Add($"http://{HostAndPort}/");
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); } catch { return; }
                _ = Task.Run(() => Serve(context));
            }
        });
    }

    public Task<string> Enqueue(byte[] body)
    {
        var id = $"bench-{Interlocked.Increment(ref _ids)}";
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers[id] = answer;
        _events.Add((id, body));
        return answer.Task;
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            if (path == "/2018-06-01/runtime/invocation/next")
            {
                var (id, body) = _events.Take();
                context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = id;
                context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = DateTimeOffset.UtcNow.AddSeconds(10).ToUnixTimeMilliseconds().ToString();
                context.Response.ContentLength64 = body.Length;
                context.Response.OutputStream.Write(body);
                context.Response.Close();
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var posted = reader.ReadToEnd();
            var parts = path.Split('/');
            context.Response.StatusCode = 202;
            context.Response.Close();
            if (parts.Length == 6 && _answers.TryRemove(parts[4], out var answer))
                answer.TrySetResult(parts[5] == "response" ? posted : "error: " + posted);
        }
        catch (HttpListenerException) { }
    }

    public void Dispose() => _listener.Close();
}
