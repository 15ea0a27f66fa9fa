using System.Diagnostics;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>SIGTERM (what `kill` and SSM's timeout send) in the middle of a batch: exit 130, nothing published.</summary>
public class InterruptTests
{
    [Test]
    public void SigtermMidRunExitsWith130AndLeavesNoOutput()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Ignore("POSIX signals only.");
        var kill = ExternalTool.Require("kill", "apt-get install procps");
        using var dir = new TempFolder();
        var output = dir.File("out.csv");
        var psi = new ProcessStartInfo(SummarizerProcess.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "batch", "-", output }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();

        // Rows on stdin, and stdin left open: the batch is mid-run, waiting for more, when the signal comes.
        process.StandardInput.Write("Id,Text\n1,A first review. It is fine.\n2,Another one here.\n");
        process.StandardInput.Flush();
        var clock = Stopwatch.StartNew();
        while (!dir.Names().Any(n => n.EndsWith(".tmp")) && clock.Elapsed < TimeSpan.FromSeconds(30))
            Thread.Sleep(50);
        if (!dir.Names().Any(n => n.EndsWith(".tmp")))
        {
            process.Kill();
            Assert.Fail($"the batch never started its temporary output; stderr: {stderr.Result}; files: {string.Join(", ", dir.Names())}");
        }

        ExternalTool.Run(kill, ["-TERM", process.Id.ToString()]);
        Assert.That(process.WaitForExit(30_000), Is.True, "the batch stops after SIGTERM");

        Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Interrupted), stderr.Result);
        Assert.That(stderr.Result, Does.Contain("interrupted"));
        Assert.That(dir.Names(), Is.Empty, "no output and no temporary file left");
    }
}
