using System.Text.RegularExpressions;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>`summarizer batch` on the 1,000 real Amazon Fine Food reviews.</summary>
public class BatchRealReviewsTests
{
    private static CsvTable Input => CsvTable.Load(RepoPaths.ReviewsHead1000);

    [Test]
    public void EveryReviewGetsOneSummaryRowInInputOrder()
    {
        using var dir = new TempFolder();
        var output = dir.File("summaries.csv");

        var run = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.Header, Is.EqualTo(new[] { "Id", "PredictedSummary", "Error" }));
        Assert.That(result.ColumnValues("Id"), Is.EqualTo(Input.ColumnValues("Id")), "ids, in input order");
        Assert.That(result.ColumnValues("Error"), Is.All.Empty, "real reviews all have text to summarize");
        Assert.That(result.ColumnValues("PredictedSummary"), Is.All.Not.Empty);
        Assert.That(dir.Names(), Is.EquivalentTo(new[] { "summaries.csv" }), "no temporary file left behind");
        Assert.That(run.StdErr, Does.Match(@"summarizer: 1000 rows, 0 errors, \d+\.\d\d s, \d+ rows/s"));
    }

    [Test]
    public void ManyThreadsAndManyChunksKeepTheOrder()
    {
        // 6,000 rows = a dozen chunks spread over 4 workers that finish out of order.
        using var dir = new TempFolder();
        var input = dir.Write("big.csv", RepeatedReviews(6));
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output, "--threads", "4");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var ids = CsvTable.Load(output).ColumnValues("Id");
        Assert.That(ids, Is.EqualTo(Enumerable.Range(1, 6000).Select(i => i.ToString())));
    }

    [Test]
    public void KeepColumnsCopiesEveryInputColumnFirst()
    {
        using var dir = new TempFolder();
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, output, "--keep-columns");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var input = Input;
        var result = CsvTable.Load(output);
        Assert.That(result.Header, Is.EqualTo(input.Header.Concat(["Id", "PredictedSummary", "Error"])));
        Assert.That(result.Rows.Select(r => r[..input.Header.Length]), Is.EqualTo(input.Rows), "input fields unchanged");
    }

    [Test]
    public void StdinToStdoutGivesTheSameCsvAsFiles()
    {
        using var dir = new TempFolder();
        var output = dir.File("out.csv");
        var fromFiles = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, output);
        Assert.That(fromFiles.ExitCode, Is.EqualTo(0), fromFiles.ToString());

        var piped = SummarizerProcess.Run(["batch", "-", "-"], stdin: File.ReadAllText(RepoPaths.ReviewsHead1000));

        Assert.That(piped.ExitCode, Is.EqualTo(0), piped.ToString());
        Assert.That(piped.StdOut, Is.EqualTo(File.ReadAllText(output)));
        Assert.That(piped.StdErr, Does.Contain("1000 rows"), "the final line goes to stderr, not into the CSV");
    }

    [Test]
    public void SentencesOptionLimitsEverySummary()
    {
        using var dir = new TempFolder();
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, output, "--sentences", "1");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var texts = Input.ColumnValues("Text");
        var summaries = CsvTable.Load(output).ColumnValues("PredictedSummary");
        Assert.That(summaries.Zip(texts).Count(p => p.First.Length < p.Second.Length), Is.GreaterThan(900),
            "one sentence is shorter than the review for nearly every review");
    }

    [Test]
    public void OtherColumnNamesAreHonoured()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "ReviewId,Body\nr1,First sentence here. Second sentence there.\nr2,Only one sentence.\n");
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output, "--id-column", "ReviewId", "--text-column", "Body");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.ColumnValues("Id"), Is.EqualTo(new[] { "r1", "r2" }));
        Assert.That(result.ColumnValues("PredictedSummary")[1], Does.Contain("Only one sentence"));
    }

    /// <summary>The real reviews repeated <paramref name="times"/> times with new Ids 1..N.</summary>
    internal static string RepeatedReviews(int times)
    {
        var input = Input;
        int id = input.Column("Id");
        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(',', input.Header)).Append('\n');
        int n = 0;
        for (int t = 0; t < times; t++)
            foreach (var row in input.Rows)
            {
                var copy = (string[])row.Clone();
                copy[id] = (++n).ToString();
                sb.Append(string.Join(',', copy.Select(Quote))).Append('\n');
            }
        return sb.ToString();
    }

    internal static string Quote(string field) => Regex.IsMatch(field, "[\",\r\n]") ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
