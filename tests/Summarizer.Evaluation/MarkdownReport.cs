using System.Globalization;
using System.Text;

namespace Summarizer.Evaluation;

/// <summary>A system's row: its results per dataset, or why it did not run.</summary>
internal sealed record SystemRow(string Name, DatasetResult? Bbc, DatasetResult? Opinosis, string? NotRun = null);

/// <summary>The results as Markdown: the score table (F1 x 100, best of each column in bold) and a details table.</summary>
internal static class MarkdownReport
{
    private static readonly (string Header, Func<SystemRow, double?> Value)[] ScoreColumns =
    [
        ("BBC R-1", r => r.Bbc?.Rouge.Rouge1.F1),
        ("BBC R-2", r => r.Bbc?.Rouge.Rouge2.F1),
        ("BBC R-L", r => r.Bbc?.Rouge.RougeL.F1),
        ("BBC sent. F1", r => r.Bbc?.Sentence?.F1),
        ("Opinosis R-1", r => r.Opinosis?.Rouge.Rouge1.F1),
        ("Opinosis R-2", r => r.Opinosis?.Rouge.Rouge2.F1),
        ("Opinosis R-L", r => r.Opinosis?.Rouge.RougeL.F1),
    ];

    public static string Scores(IReadOnlyList<SystemRow> rows)
    {
        var best = ScoreColumns.Select(c => rows.Select(c.Value).Where(v => v.HasValue).Select(v => Round(v!.Value)).DefaultIfEmpty(double.NaN).Max()).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine("| System | " + string.Join(" | ", ScoreColumns.Select(c => c.Header)) + " |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", ScoreColumns.Length)));
        foreach (var row in rows)
        {
            var cells = ScoreColumns.Select((c, i) =>
            {
                var v = c.Value(row);
                if (v is null) return row.NotRun is null ? "–" : "not run";
                var text = Round(v.Value).ToString("0.00", CultureInfo.InvariantCulture);
                return Round(v.Value) == best[i] ? $"**{text}**" : text;
            });
            sb.AppendLine($"| {row.Name} | " + string.Join(" | ", cells) + " |");
        }
        return sb.ToString();
    }

    public static string Details(IReadOnlyList<SystemRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| System | BBC words/summary | BBC sent. P / R | BBC picks not in the article | BBC failures | Opinosis words/summary | Opinosis failures | seconds (BBC + Opinosis) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            if (row.NotRun is not null)
            {
                sb.AppendLine($"| {row.Name} | not run: {row.NotRun} | | | | | | |");
                continue;
            }
            var pr = row.Bbc?.Sentence is { } s ? $"{F(s.Precision * 100)} / {F(s.Recall * 100)}" : "–";
            var seconds = (row.Bbc?.Elapsed ?? TimeSpan.Zero) + (row.Opinosis?.Elapsed ?? TimeSpan.Zero);
            sb.AppendLine($"| {row.Name} | {F(row.Bbc?.MeanWords)} | {pr} | {row.Bbc?.Unlocated.ToString(CultureInfo.InvariantCulture) ?? "–"} | {Failures(row.Bbc)} | {F(row.Opinosis?.MeanWords)} | {Failures(row.Opinosis)} | {F(seconds.TotalSeconds)} |");
        }
        return sb.ToString();
    }

    private static string Failures(DatasetResult? r) => r is null ? "–" : $"{r.Failures}/{r.Documents}";

    private static string F(double? v) => v is null ? "–" : v.Value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double Round(double f1) => Math.Round(f1 * 100, 2);
}
