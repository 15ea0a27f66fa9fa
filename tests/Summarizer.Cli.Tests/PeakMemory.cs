using System.Diagnostics;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Runs the summarizer as a child and records its peak resident memory: VmHWM of /proc/PID/status (the
/// kernel's high-water mark of the resident set, so a short peak between two polls is not missed), read
/// every few milliseconds until the child exits. Linux only.
/// </summary>
public static class PeakMemory
{
    public sealed record Run(SummarizerProcess.Result Result, long PeakRssBytes);

    public static Run Measure(params string[] args)
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("/proc/PID/status is Linux only.");
        var psi = new ProcessStartInfo(SummarizerProcess.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"summarizer {string.Join(' ', args)} did not finish in time.");
            }
        }
        Assert.That(peak, Is.GreaterThan(0), "VmHWM was never read: the child ended before the first poll");
        return new Run(new SummarizerProcess.Result(process.ExitCode, stdout.Result, stderr.Result), peak);
    }

    /// <summary>VmHWM in bytes; 0 once the process is gone (its status file vanishes with it).</summary>
    public static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024; // the kernel reports kB
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
