using System.Diagnostics;
using System.Text;
using Summarizer.Infra.Realtime;

namespace Summarizer.Function.Tests.Package;

/// <summary>
/// One execution environment as Lambda runs a custom runtime: an unpacked package in a task root, its `bootstrap`
/// started as a child process with only the environment Lambda defines for it
/// (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html, "Defined runtime environment
/// variables"), talking to this sandbox's own <see cref="RuntimeApiServer"/>.
/// </summary>
internal sealed class LambdaSandbox : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    public RuntimeApiServer Api { get; } = new();

    public LambdaSandbox(string taskRoot, IReadOnlyDictionary<string, string>? extraEnvironment = null, bool withRuntimeApi = true)
    {
        var psi = new ProcessStartInfo(Path.Combine(taskRoot, "bootstrap"))
        {
            WorkingDirectory = taskRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Nothing from the test host (DOTNET_*, the SDK's paths) may help the package start.
        psi.Environment.Clear();
        foreach (var (name, value) in LambdaEnvironment(taskRoot))
            if (withRuntimeApi || name != "AWS_LAMBDA_RUNTIME_API") psi.Environment[name] = value;
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
            psi.Environment[name] = value;

        _process = new Process { StartInfo = psi };
        _process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        _process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    private Dictionary<string, string> LambdaEnvironment(string taskRoot) => new()
    {
        ["AWS_LAMBDA_RUNTIME_API"] = Api.HostAndPort,
        ["_HANDLER"] = LambdaDeployment.Handler,
        ["LAMBDA_TASK_ROOT"] = taskRoot,
        ["LAMBDA_RUNTIME_DIR"] = "/var/runtime",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_EXECUTION_ENV"] = "AWS_Lambda_" + LambdaDeployment.Runtime,
        ["AWS_LAMBDA_FUNCTION_NAME"] = "summarizer-dev-summarize",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = FunctionComponent.MemoryMiB.ToString(),
        ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
        ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
        ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/summarizer-dev-summarize",
        ["AWS_LAMBDA_LOG_STREAM_NAME"] = "2026/11/30/[$LATEST]0123456789abcdef",
        ["TZ"] = ":UTC",
        ["LANG"] = "en_US.UTF-8",
        ["PATH"] = "/usr/local/bin:/usr/bin/:/bin:/opt/bin",
        ["LD_LIBRARY_PATH"] = $"/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:{taskRoot}:{taskRoot}/lib:/opt/lib",
    };

    public int ProcessId => _process.Id;

    public bool IsRunning => !_process.HasExited;

    /// <summary>Everything the process wrote (stdout and stderr: both go to CloudWatch on Lambda).</summary>
    public string Log { get { lock (_stderr) return _stderr.ToString(); } }

    private void AppendLog(string? line)
    {
        if (line is null) return;
        lock (_stderr)
        {
            _stderr.AppendLine(line);
            Monitor.PulseAll(_stderr);
        }
    }

    /// <summary>The log once it holds <paramref name="text"/>. The process's output reaches the test through pipes read
    /// on other threads, so a line the function wrote before it posted an answer may arrive after the answer does.</summary>
    public string WaitForLog(string text, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        lock (_stderr)
        {
            while (!_stderr.ToString().Contains(text, StringComparison.Ordinal))
            {
                var left = until - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_stderr, left)) break;
            }
            return _stderr.ToString();
        }
    }

    /// <summary>Sends one event and waits for what the function posts for it.</summary>
    public Posted Invoke(byte[] payload, string? traceId = null, DateTimeOffset? deadline = null, TimeSpan? wait = null)
    {
        var answer = Api.Invoke(payload, traceId, deadline);
        if (!answer.Wait(wait ?? TimeSpan.FromSeconds(30)))
            Assert.Fail($"The function posted nothing for the event (process running: {IsRunning}).\n{Log}");
        return answer.Result;
    }

    public Posted Invoke(string payload) => Invoke(Encoding.UTF8.GetBytes(payload));

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) Assert.Fail($"bootstrap still running after {timeout}.\n{Log}");
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    /// <summary>A line of /proc/PID/status, e.g. VmHWM (peak resident memory) in kB.</summary>
    public long StatusKb(string field)
    {
        var line = File.ReadLines($"/proc/{ProcessId}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    /// <summary>The shared objects the process has mapped (from /proc/PID/maps).</summary>
    public IReadOnlyList<string> MappedLibraries() =>
        File.ReadLines($"/proc/{ProcessId}/maps")
            .Select(l => l.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 6 && parts[5].StartsWith('/') && parts[5].Contains(".so"))
            .Select(parts => parts[5].Trim()).Distinct().ToList();

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.WaitForExit(5000);
        _process.Dispose();
        Api.Dispose();
    }
}
