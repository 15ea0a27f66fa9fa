using System.Text.RegularExpressions;

namespace Summarizer.Testing;

/// <summary>
/// The README, read by tests that check it against the code (nietras/Sep's ReadMeTest is the model): the facts a
/// user copies from it (settings, outputs, result keys, exit codes, the command synopsis) must be what the code does.
/// </summary>
public static class ReadMe
{
    public static string Text => File.ReadAllText(RepoPaths.InRepo("README.md"));

    /// <summary>The text between <c>&lt;!-- NAME:start --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>.</summary>
    public static string Block(string name)
    {
        var text = Text;
        var start = text.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        if (start < 0 || end < start) Assert.Fail($"The README has no '{name}' block (<!-- {name}:start --> ... <!-- {name}:end -->).");
        return text[(start + $"<!-- {name}:start -->".Length)..end];
    }

    /// <summary>The rows of the Markdown table in <paramref name="text"/>, header and separator left out, cells trimmed.</summary>
    public static IReadOnlyList<string[]> TableRows(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();

    /// <summary>Every <c>`code`</c> span in <paramref name="text"/>, backticks removed.</summary>
    public static IReadOnlyList<string> CodeSpans(string text) =>
        Regex.Matches(text, "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
}
