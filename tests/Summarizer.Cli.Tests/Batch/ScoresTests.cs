using System.Globalization;
using Summarizer.Engine;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>`summarizer batch --scores`: each row's summary sentences' scores, only when asked.</summary>
public class ScoresTests
{
    private static CsvTable Input => CsvTable.Load(RepoPaths.ReviewsHead1000);

    [TestCase("hybrid")]
    [TestCase("kmeans")]
    public void EachRowGetsTheEnginesScoresOfItsSummarySentencesInSummaryOrder(string method)
    {
        using var dir = new TempFolder();
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", RepoPaths.ReviewsHead1000, output, "--scores", "--method", method, "--threads", "2");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.Header, Is.EqualTo(new[] { "Id", "PredictedSummary", "SentenceScores", "Error" }));
        var engine = SummarizerEngine.LoadDefault();
        var texts = Input.ColumnValues("Text");
        var scores = result.ColumnValues("SentenceScores");
        for (int i = 0; i < texts.Length; i += 37)
        {
            var expected = engine.Summarize(texts[i], new SummaryOptions(Method: method)).Sentences
                .Select(s => s.Score.ToString("G6", CultureInfo.InvariantCulture));
            Assert.That(scores[i], Is.EqualTo(string.Join(' ', expected)), $"row {i + 1}");
        }
        Assert.That(scores, Is.All.Not.Empty);
    }

    [Test]
    public void WithoutTheOptionTheOutputGainsNothingAndErrorRowsGetNoScores()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "Id,Score,Text\n1,5,Good tea. Fresh and fragrant. Would buy again.\n2,1,\n");
        var plain = dir.File("plain.csv");
        var scored = dir.File("scored.csv");

        Assert.That(SummarizerProcess.Run("batch", input, plain).ExitCode, Is.EqualTo(0));
        var run = SummarizerProcess.Run("batch", input, scored, "--scores", "--keep-columns");

        Assert.That(CsvTable.Load(plain).Header, Is.EqualTo(new[] { "Id", "PredictedSummary", "Error" }));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(scored);
        Assert.That(result.Header, Is.EqualTo(new[] { "Id", "Score", "Text", "Id", "PredictedSummary", "SentenceScores", "Error" }));
        Assert.That(result.Rows[0][5].Split(' '), Has.Length.EqualTo(2), "ceil(sqrt(3)) sentences, a score each");
        Assert.That(result.Rows[1][5], Is.Empty);
        Assert.That(result.Rows[1][6], Does.Contain("empty"));
    }
}
