using System.Diagnostics;

namespace Summarizer.Testing;

/// <summary>
/// A real AWS emulator for tests: starts <c>moto_server</c> on 127.0.0.1 with a free port, waits until it
/// answers, and stops it by its PID on dispose. Fails the test with a clear message when moto is missing.
/// Use one per fixture ([OneTimeSetUp]) and a fresh one where a test needs a clean account.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>Region and fake credentials that every client of this server must use.</summary>
    public const string Region = "us-east-1";
    public const string AccessKeyId = "testing";
    public const string SecretAccessKey = "testing";

    private MotoServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public static MotoServer Start()
    {
        var exe = ExternalTool.Require("moto_server", "pip install 'moto[server]==5.2.1'");
        int port = LoopbackPorts.Free();
        var psi = new ProcessStartInfo(exe)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-H");
        psi.ArgumentList.Add("127.0.0.1");
        psi.ArgumentList.Add("-p");
        psi.ArgumentList.Add(port.ToString());
        var process = Process.Start(psi) ?? throw new InvalidOperationException("moto_server did not start.");
        // Drain its output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new MotoServer(process, port);
        server.WaitUntilReady(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>The environment a child process (the summarizer CLI, the AWS CLI) needs to talk to this server.</summary>
    public IDictionary<string, string?> AwsEnvironment() => new Dictionary<string, string?>
    {
        ["AWS_ENDPOINT_URL"] = Endpoint,
        ["AWS_ACCESS_KEY_ID"] = AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey,
        ["AWS_DEFAULT_REGION"] = Region,
        ["AWS_REGION"] = Region,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
    };

    /// <summary>Forget every resource (moto's reset API), for a clean account between tests.</summary>
    public void Reset()
    {
        using var http = new HttpClient();
        http.PostAsync($"{Endpoint}/moto-api/reset", null).GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    private void WaitUntilReady(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before it answered.");
            try
            {
                var r = http.GetAsync($"{Endpoint}/moto-api/").GetAwaiter().GetResult();
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            Thread.Sleep(100);
        }
        Dispose();
        throw new TimeoutException($"moto_server did not answer on {Endpoint} within {timeout.TotalSeconds} s.");
    }


    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
