using Summarizer.Evaluation.Metrics;

namespace Summarizer.Evaluation.Tests;

public class ReportAndOptionsTests
{
    private static DatasetResult Result(double f1) => new(
        new RougeScores(new Prf(f1, f1, f1), new Prf(f1, f1, f1), new Prf(f1, f1, f1)), new Prf(f1, f1, f1), 10, 1, 3, 0, 0, TimeSpan.FromSeconds(1));

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
        var o = EvaluationOptions.Parse(["--data", "/d", "--out", "x.md", "--readme", "R.md", "--methods", "a, b", "--no-peers", "--multi-reference", "max", "--limit", "5"]);
        Assert.That((o.Data, o.Out, o.Peers, o.Limit, o.MultiReference), Is.EqualTo(("/d", "x.md", false, (int?)5, MultiReference.Max)));
        Assert.That(o.Methods, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(o.Readme, Is.EqualTo("R.md"));
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
}
