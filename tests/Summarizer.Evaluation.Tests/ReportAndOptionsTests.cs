using Summarizer.Evaluation.Metrics;

namespace Summarizer.Evaluation.Tests;

public class ReportAndOptionsTests
{
    private static DatasetResult Result(double f1) => Result(Enumerable.Repeat(f1, 3).ToArray());

    /// <summary>A result whose every metric of document i is perDocument[i].</summary>
    private static DatasetResult Result(double[] perDocument)
    {
        static RougeScores Same(double f) => new(new Prf(f, f, f), new Prf(f, f, f), new Prf(f, f, f));
        double mean = perDocument.Average();
        return new DatasetResult(Same(mean), new Prf(mean, mean, mean), 10, 1, perDocument.Length, 0, 0, TimeSpan.FromSeconds(1),
            perDocument.Select(f => new DocumentScore(Same(f), new Prf(f, f, f))).ToList());
    }

    [Test]
    public void Scores_table_bolds_the_best_of_each_column_and_marks_systems_that_did_not_run()
    {
        var table = MarkdownReport.Scores(
        [
            new SystemRow("ours", Result(0.5), Result(0.1)),
            new SystemRow("peer", Result(0.4), Result(0.2)),
            new SystemRow("OTS", null, null, "ots not installed"),
        ]);
        var lines = table.Split('\n');
        Assert.That(lines[2], Is.EqualTo("| ours | **50.00** | **50.00** | **50.00** | **50.00** | 10.00 | 10.00 | 10.00 |"));
        Assert.That(lines[3], Is.EqualTo("| peer | 40.00 | 40.00 | 40.00 | 40.00 | **20.00** | **20.00** | **20.00** |"));
        Assert.That(lines[4], Does.StartWith("| OTS | not run | not run"));
    }

    [Test]
    public void Options_default_to_the_readme_run()
    {
        var o = EvaluationOptions.Parse([]);
        Assert.That(o.Data, Is.EqualTo(Path.Combine("..", "shared", "data")));
        Assert.That(o.OpinosisSentences, Is.EqualTo(2));
        Assert.That(o.MultiReference, Is.EqualTo(MultiReference.Average));
        Assert.That(o.Peers, Is.True);
        Assert.That(o.Limit, Is.Null);
    }

    [Test]
    public void Options_parse_and_reject_bad_values()
    {
        var o = EvaluationOptions.Parse(["--data", "/d", "--out", "x.md", "--readme", "R.md", "--settings", "LengthExponent=0.8", "--methods", "a, b", "--no-peers", "--multi-reference", "max", "--limit", "5"]);
        Assert.That((o.Data, o.Out, o.Peers, o.Limit, o.MultiReference), Is.EqualTo(("/d", "x.md", false, (int?)5, MultiReference.Max)));
        Assert.That(o.Methods, Is.EqualTo(new[] { "a", "b" }));
        Assert.That((o.Readme, o.Settings), Is.EqualTo(("R.md", "LengthExponent=0.8")));
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--limit", "0"]));
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--multi-reference", "median"]));
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--bogus"]));
        Assert.Throws<ArgumentException>(() => EvaluationOptions.Parse(["--data"]));
    }

    [Test]
    public void Readme_table_is_replaced_between_the_markers_only()
    {
        var readme = $"# T\n\nbefore\n{ReadmeTable.Start}\nold table\n{ReadmeTable.End}\nafter\n";
        var updated = ReadmeTable.Replace(readme, "| new |\n");
        Assert.That(updated, Is.EqualTo($"# T\n\nbefore\n{ReadmeTable.Start}\n| new |\n{ReadmeTable.End}\nafter\n"));
        Assert.Throws<InvalidDataException>(() => ReadmeTable.Replace("no markers", "x"));
    }

    [Test]
    public void Default_is_compared_with_the_best_peer_of_each_column()
    {
        var rows = new[]
        {
            new SystemRow("ours", Result([0.6, 0.7, 0.8]), Result([0.20, 0.10, 0.30]), IsDefault: true),
            new SystemRow("weak peer", Result([0.1, 0.1, 0.1]), Result([0.1, 0.1, 0.1]), IsPeer: true),
            new SystemRow("strong peer", Result([0.5, 0.6, 0.7]), Result([0.30, 0.20, 0.40]), IsPeer: true),
            new SystemRow("OTS", null, null, "ots not installed", IsPeer: true),
        };
        var lines = MarkdownReport.DefaultAgainstBestPeer(rows).Split('\n');
        // BBC: +0.1 on every document, so the interval is [+10, +10]; Opinosis: -0.1 on every document.
        Assert.That(lines[2], Is.EqualTo("| BBC R-1 | strong peer | +10.00 | [+10.00, +10.00] | beats it |"));
        Assert.That(lines[6], Is.EqualTo("| Opinosis R-1 | strong peer | -10.00 | [-10.00, -10.00] | loses |"));
    }

    [Test]
    public void Bootstrap_interval_brackets_the_mean_and_straddles_zero_for_noise()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 200).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 200).Select(_ => random.NextDouble()).ToArray();
        var d = PairedBootstrap.MeanDifference(a, b);
        Assert.That(d.Low, Is.LessThan(d.Mean));
        Assert.That(d.High, Is.GreaterThan(d.Mean));
        Assert.That(d.Mean, Is.EqualTo(a.Average() - b.Average()).Within(1e-12));
        Assert.That(d.SurelyPositive, Is.False);
        Assert.That(PairedBootstrap.MeanDifference(a.Select(x => x + 0.2).ToArray(), a).SurelyPositive, Is.True);
        Assert.Throws<ArgumentException>(() => PairedBootstrap.MeanDifference(a, b.Take(10).ToArray()));
    }
}
