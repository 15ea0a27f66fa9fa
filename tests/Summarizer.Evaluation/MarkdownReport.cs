using System.Globalization;
using System.Text;
using Summarizer.Evaluation.Metrics;

namespace Summarizer.Evaluation;

/// <summary>A system's row: its results per dataset, or why it did not run. Peers are the systems the
/// engine's default must beat.</summary>
internal sealed record SystemRow(string Name, DatasetResult? Bbc, DatasetResult? Opinosis, string? NotRun = null,
    bool IsPeer = false, bool IsDefault = false);

/// <summary>The results as Markdown: the score table (F1 x 100, best of each column in bold), the default
/// against the best peer of each column with a bootstrap confidence interval, and a details table.</summary>
internal static class MarkdownReport
{
    private sealed record Column(string Header, Func<SystemRow, DatasetResult?> Dataset, Func<DocumentScore, double?> Metric, Func<DatasetResult, double?> Mean);

    private static readonly Column[] Columns =
    [
        new("BBC R-1", r => r.Bbc, d => d.Rouge.Rouge1.F1, r => r.Rouge.Rouge1.F1),
        new("BBC R-2", r => r.Bbc, d => d.Rouge.Rouge2.F1, r => r.Rouge.Rouge2.F1),
        new("BBC R-L", r => r.Bbc, d => d.Rouge.RougeL.F1, r => r.Rouge.RougeL.F1),
        new("BBC sent. F1", r => r.Bbc, d => d.Sentence?.F1, r => r.Sentence?.F1),
        new("Opinosis R-1", r => r.Opinosis, d => d.Rouge.Rouge1.F1, r => r.Rouge.Rouge1.F1),
        new("Opinosis R-2", r => r.Opinosis, d => d.Rouge.Rouge2.F1, r => r.Rouge.Rouge2.F1),
        new("Opinosis R-L", r => r.Opinosis, d => d.Rouge.RougeL.F1, r => r.Rouge.RougeL.F1),
    ];

    private static double? Value(Column c, SystemRow row) => c.Dataset(row) is { } d ? c.Mean(d) : null;

    public static string Scores(IReadOnlyList<SystemRow> rows)
    {
        var best = Columns.Select(c => rows.Select(r => Value(c, r)).Where(v => v.HasValue).Select(v => Round(v!.Value)).DefaultIfEmpty(double.NaN).Max()).ToArray();
        var sb = new StringBuilder();
        sb.AppendLine("| System | " + string.Join(" | ", Columns.Select(c => c.Header)) + " |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", Columns.Length)));
        foreach (var row in rows)
        {
            var cells = Columns.Select((c, i) =>
            {
                var v = Value(c, row);
                if (v is null) return row.NotRun is null ? "–" : "not run";
                var text = Round(v.Value).ToString("0.00", CultureInfo.InvariantCulture);
                return Round(v.Value) == best[i] ? $"**{text}**" : text;
            });
            sb.AppendLine($"| {row.Name} | " + string.Join(" | ", cells) + " |");
        }
        return sb.ToString();
    }

    /// <summary>Per column: the default minus the best peer, with a paired-bootstrap 95% interval, and a verdict.
    /// Empty when there is no default row or no peer that ran.</summary>
    public static string DefaultAgainstBestPeer(IReadOnlyList<SystemRow> rows)
    {
        var ours = rows.FirstOrDefault(r => r.IsDefault && r.NotRun is null);
        var peers = rows.Where(r => r.IsPeer && r.NotRun is null).ToList();
        if (ours is null || peers.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine($"| Column | best peer | default - best peer (F1 x 100) | 95% interval ({PairedBootstrap.Resamples} paired bootstrap resamples) | verdict |");
        sb.AppendLine("|---|---|---:|---|---|");
        foreach (var c in Columns)
        {
            var bestPeer = peers.Where(p => Value(c, p) is not null).MaxBy(p => Value(c, p)!.Value);
            if (bestPeer is null || Value(c, ours) is null) continue;
            var d = PairedBootstrap.MeanDifference(PerDocument(c, ours), PerDocument(c, bestPeer));
            var verdict = d.SurelyPositive ? "beats it" : d.High < 0 ? "loses" : "tie within noise";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Header} | {bestPeer.Name} | {d.Mean * 100:+0.00;-0.00} | [{d.Low * 100:+0.00;-0.00}, {d.High * 100:+0.00;-0.00}] | {verdict} |");
        }
        return sb.ToString();
    }

    private static double[] PerDocument(Column c, SystemRow row) =>
        c.Dataset(row)!.PerDocument.Select(d => c.Metric(d) ?? 0).ToArray();

    public static string Details(IReadOnlyList<SystemRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| System | BBC words/summary | BBC sent. P / R | BBC picks not in the article | BBC failures | Opinosis words/summary | Opinosis R-1 P / R | Opinosis failures | seconds (BBC + Opinosis) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            if (row.NotRun is not null)
            {
                sb.AppendLine($"| {row.Name} | not run: {row.NotRun} | | | | | | | |");
                continue;
            }
            var pr = row.Bbc?.Sentence is { } s ? $"{F(s.Precision * 100)} / {F(s.Recall * 100)}" : "–";
            var opinosisPr = row.Opinosis is { } o ? $"{F(o.Rouge.Rouge1.Precision * 100)} / {F(o.Rouge.Rouge1.Recall * 100)}" : "–";
            var seconds = (row.Bbc?.Elapsed ?? TimeSpan.Zero) + (row.Opinosis?.Elapsed ?? TimeSpan.Zero);
            sb.AppendLine($"| {row.Name} | {F(row.Bbc?.MeanWords)} | {pr} | {row.Bbc?.Unlocated.ToString(CultureInfo.InvariantCulture) ?? "–"} | {Failures(row.Bbc)} | {F(row.Opinosis?.MeanWords)} | {opinosisPr} | {Failures(row.Opinosis)} | {F(seconds.TotalSeconds)} |");
        }
        return sb.ToString();
    }

    private static string Failures(DatasetResult? r) => r is null ? "–" : $"{r.Failures}/{r.Documents}";

    private static string F(double? v) => v is null ? "–" : v.Value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double Round(double f1) => Math.Round(f1 * 100, 2);
}
