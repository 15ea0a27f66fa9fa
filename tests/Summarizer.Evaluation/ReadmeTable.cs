namespace Summarizer.Evaluation;

/// <summary>Replaces the generated table in the README between its two markers, so the README shows exactly
/// what the last run printed and nobody copies numbers by hand.</summary>
internal static class ReadmeTable
{
    public const string Start = "<!-- evaluation-table:start -->";
    public const string End = "<!-- evaluation-table:end -->";

    public static string Replace(string readme, string report)
    {
        int start = readme.IndexOf(Start, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidDataException($"The README has no '{Start}' ... '{End}' block to replace.");
        var newline = readme.Contains("\r\n") ? "\r\n" : "\n";
        return readme[..(start + Start.Length)] + newline + report.Trim() + newline + readme[end..];
    }
}
