using System.Text.Json.Nodes;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>Runs harness/moto_batch.py (boto3) against a moto server: one scenario in, one JSON report out.</summary>
internal static class MotoBatchHarness
{
    /// <summary>Placeholder the harness replaces with the id of the instance it creates in moto.</summary>
    public const string InstancePlaceholder = "@@INSTANCE_ID@@";

    public static JsonObject Run(JsonObject scenario)
    {
        var python = ExternalTool.Require("python3", "apt-get install python3 (with boto3 and moto[server]==5.2.1)");
        var script = Path.Combine(AslValidator.HarnessFolder, "moto_batch.py");
        var (code, stdout, stderr) = ExternalTool.Run(python, [script], stdin: scenario.ToJsonString(),
            timeout: TimeSpan.FromMinutes(4));
        // Set SUMMARIZER_HARNESS_DUMP=<folder> to keep each scenario and its report for a look by hand.
        var dump = Environment.GetEnvironmentVariable("SUMMARIZER_HARNESS_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            var name = (string?)scenario["names"]?["document"] ?? "scenario";
            File.WriteAllText(Path.Combine(dump, name + ".scenario.json"), scenario.ToJsonString());
            File.WriteAllText(Path.Combine(dump, name + ".report.json"), stdout + stderr);
        }
        if (code != 0)
            throw new InvalidOperationException($"moto_batch.py exited with {code}:\n{stderr}");
        return JsonNode.Parse(stdout)!.AsObject();
    }
}
