using System.Buffers;

namespace Summarizer.Engine.Tests.Methods;

/// <summary>Each summary sentence's score is the number its method ranks by, the same whether the method picked among
/// the sentences or the summary keeps them all, and the same from every entry point.</summary>
public class ScoreTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();

    private const string Review = MethodBehaviourTests.Review;

    private static IReadOnlyList<SummarySentence> All(string text, string method) =>
        Engine.Summarize(text, new SummaryOptions(Ratio: 1, Method: method)).Sentences;

    [TestCase("hybrid")]
    [TestCase("textrank")]
    [TestCase("frequency")]
    public void TheRankingMethodsPickTheirTopScoresAndReportThemAlike(string method)
    {
        var all = All(Review, method);
        Assert.That(all.Select(s => s.Score), Has.All.GreaterThan(0f).And.All.Matches<float>(float.IsFinite));
        var top = all.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(2).Select(s => s.Index).Order();

        var picked = Engine.Summarize(Review, new SummaryOptions(Sentences: 2, Method: method)).Sentences;

        Assert.That(picked.Select(s => s.Index), Is.EqualTo(top));
        Assert.That(picked.Select(s => s.Score), Is.EqualTo(picked.Select(s => all[s.Index].Score)), "one ranking, whatever the length");
    }

    [Test]
    public void GraphScoresArePageRanksSummingToOne()
    {
        Assert.That(All(Review, "textrank").Sum(s => s.Score), Is.EqualTo(1f).Within(1e-4));
        Assert.That(All(Review, "hybrid").Sum(s => s.Score), Is.EqualTo(1f).Within(1e-4));
    }

    [Test]
    public void LeadScoresFallWithPosition()
    {
        var all = All(Review, "lead");
        Assert.That(all.Select(s => s.Score), Is.EqualTo(new[] { 1f, 0.8f, 0.6f, 0.4f, 0.2f }).Within(1e-6));
    }

    [Test]
    public void KMeansScoresAreClosenessToTheNearestCentroid()
    {
        // Every sentence its own cluster: each is at its centre.
        Assert.That(All(Review, "kmeans").Select(s => s.Score), Has.All.EqualTo(1f));

        var picked = Engine.Summarize(Review, new SummaryOptions(Sentences: 2, Method: "kmeans")).Sentences;
        Assert.That(picked.Select(s => s.Score), Has.All.GreaterThan(0f).And.All.LessThanOrEqualTo(1f));
        Assert.That(picked.Select(s => s.Score), Has.Some.LessThan(1f), "a centroid of several sentences is none of them");
    }

    [Test]
    public void ASentenceTooShortToClusterScoresZeroWithKMeans()
    {
        var all = All("Yum!! This coffee has a rich bold flavor and a wonderful aroma.", "kmeans");
        Assert.That(all.Select(s => s.Score), Is.EqualTo(new[] { 0f, 1f }));
    }

    [TestCase("hybrid")]
    [TestCase("kmeans")]
    [TestCase("lead")]
    public void TheBatchEntryPointWritesTheSameScores(string method)
    {
        var options = new SummaryOptions(Sentences: 2, Method: method);
        var text = new ArrayBufferWriter<char>();
        var scores = new ArrayBufferWriter<float>();

        Engine.SummarizeTo(Review, text, options, scores);

        Assert.That(scores.WrittenSpan.ToArray(), Is.EqualTo(Engine.Summarize(Review, options).Sentences.Select(s => s.Score)));
    }
}
