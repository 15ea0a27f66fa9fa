using System.Text.Json.Nodes;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>Runs harness/moto_batch.py: moto in that process, patched to behave like AWS (harness/aws_behaviour.py);
/// one scenario in, one JSON report out.</summary>
internal static class MotoBatchHarness
{
    /// <summary>The instance id the harness gives the worker (one id in every scenario, see aws_behaviour.py).</summary>
    public const string InstanceId = "i-0123456789abcdef0";

    /// <summary>Where the harness keeps moto's parse of each definition, shared by the scenarios' processes.</summary>
    public static string ParseCache { get; } = Path.Combine(Path.GetTempPath(), "summarizer-asl-parse-cache");

    public static JsonObject Run(JsonObject scenario)
    {
        var python = ExternalTool.Require("python3", "apt-get install python3 (with boto3 and moto[server]==5.2.1)");
        var script = Path.Combine(AslValidator.HarnessFolder, "moto_batch.py");
        var (code, stdout, stderr) = ExternalTool.Run(python, [script], stdin: scenario.ToJsonString(),
            timeout: TimeSpan.FromMinutes(10));
        // Set SUMMARIZER_HARNESS_DUMP=<folder> to keep each scenario and its report for a look by hand.
        var dump = Environment.GetEnvironmentVariable("SUMMARIZER_HARNESS_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            var name = (string?)scenario["name"] ?? "scenario";
            File.WriteAllText(Path.Combine(dump, name + ".scenario.json"), scenario.ToJsonString());
            File.WriteAllText(Path.Combine(dump, name + ".report.json"), stdout);
            File.WriteAllText(Path.Combine(dump, name + ".stderr.txt"), stderr);
        }
        if (code != 0)
            throw new InvalidOperationException($"moto_batch.py exited with {code}:\n{stderr[Math.Max(0, stderr.Length - 4000)..]}");
        return JsonNode.Parse(stdout)!.AsObject();
    }
}
