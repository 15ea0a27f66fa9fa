using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Systems;

/// <summary>
/// OTS, the Open Text Summarizer (Debian package "ots"), run as a process. Its --html output lists EVERY
/// sentence in input order with OTS's own score in a comment (&lt;!--(44)--&gt;) and its own sentence split; taking
/// the N best-scored of those is what `ots --ratio R` prints for the ratio that keeps N sentences, but exact,
/// so OTS gets the same budget as every other system.
/// </summary>
internal sealed partial class OtsSystem(string executable) : ISummarySystem
{
    public const string InstallHint = "apt-get update && apt-get install -y ots";

    public string Name => "OTS";

    /// <summary>The ots program on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "ots")).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"<!--\((-?\d+)\)--><FONT[^>]*><span[^>]*>(.*?)</span></FONT>", RegexOptions.Singleline)]
    private static partial Regex ScoredSentence();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    public IReadOnlyList<string> Summarize(string text, int sentences)
    {
        var scored = ParseHtml(Run(text));
        return TopSentences.Pick(scored.Select(s => s.Text).ToList(), scored.Select(s => (double)s.Score).ToList(), sentences);
    }

    /// <summary>OTS's sentences with their scores, from its --html output; blank sentences dropped.</summary>
    public static IReadOnlyList<(string Text, int Score)> ParseHtml(string html) =>
        ScoredSentence().Matches(html)
            .Select(m => (Text: WebUtility.HtmlDecode(LineBreak().Replace(m.Groups[2].Value, " ")).Trim(), Score: int.Parse(m.Groups[1].Value)))
            .Where(s => s.Text.Length > 0)
            .ToList();

    private string Run(string text)
    {
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add("--html");
        // Name stdin explicitly: without a file argument, ots 0.5.0 (Debian 12) reads an uninitialised value and
        // crashes (SIGSEGV, exit 139) on most runs, depending on the stack's leftovers (seen under valgrind).
        psi.ArgumentList.Add("-");
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} took over 60 s on one document.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} exited with {process.ExitCode}: {error.Result.Trim()}");
        return output.Result;
    }
}
