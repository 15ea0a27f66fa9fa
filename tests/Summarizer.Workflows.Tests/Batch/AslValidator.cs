using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>Runs asl-validator (npm, installed by .ci/run into harness/node_modules from the lock file).</summary>
internal static class AslValidator
{
    public static string HarnessFolder => RepoPaths.InRepo("tests", "Summarizer.Workflows.Tests", "harness");

    /// <summary>Exit code and output of <c>asl-validator --json-path</c> on the definition text.</summary>
    public static (int ExitCode, string Output) Validate(string definition)
    {
        var node = ExternalTool.Require("node", "apt-get install nodejs npm");
        var cli = Path.Combine(HarnessFolder, "node_modules", "asl-validator", "dist", "bin", "asl-validator.js");
        if (!File.Exists(cli))
            Assert.Fail($"asl-validator is not installed at {cli}. Run: npm ci --prefix {HarnessFolder} (.ci/run does).");
        var file = Path.Combine(Path.GetTempPath(), $"definition-{Guid.NewGuid():N}.asl.json");
        File.WriteAllText(file, definition);
        try
        {
            var (code, stdout, stderr) = ExternalTool.Run(node, [cli, "--json-path", file], timeout: TimeSpan.FromMinutes(1));
            return (code, stdout + stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
