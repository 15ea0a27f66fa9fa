using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests;

public class SummarizerEngineTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();
    private static IEnumerable<string> AllMethods => SummarizerEngine.Methods;

    private const string TenSentences =
        "I bought these for my office. The chocolate is rich and creamy. The caramel filling is sweet but not too sweet. " +
        "My coworkers loved them. Shipping took a week. The box was a bit dented on arrival. The chocolates inside were fine. " +
        "The price is fair for the quality. I will order them again. Recommended for chocolate lovers.";

    private static string CleanedText(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, HtmlCleaner.Clean(text, buffer));
    }

    [Test]
    public void MethodsAndDefaultAreConsistent()
    {
        Assert.That(SummarizerEngine.Methods, Does.Contain("kmeans").And.Contain("textrank").And.Contain(SummarizerEngine.DefaultMethod));
        Assert.That(SummarizerEngine.IsKnownMethod("KMeans"), Is.True);
        Assert.That(SummarizerEngine.IsKnownMethod("nope"), Is.False);
        Assert.That(Engine.Summarize(TenSentences).Method, Is.EqualTo(SummarizerEngine.DefaultMethod));
        Assert.That(Engine.Summarize(TenSentences, new SummaryOptions(Method: "KMEANS")).Method, Is.EqualTo("kmeans"));
    }

    [Test]
    public void The_engine_implements_exactly_the_contracts_methods_default_first()
    {
        Assert.That(SummarizerEngine.Methods, Is.EqualTo(Summarizer.Contract.SummaryMethods.Names));
        Assert.That(SummarizerEngine.DefaultMethod, Is.EqualTo(Summarizer.Contract.SummaryMethods.Default));
    }

    [Test]
    public void AnUnknownMethodIsAnArgumentError() =>
        Assert.That(() => Engine.Summarize("Hi there.", new SummaryOptions(Method: "magic")),
            Throws.ArgumentException.With.Message.Contains("magic").And.Message.Contains("kmeans"));

    [TestCaseSource(nameof(AllMethods))]
    public void DefaultLengthIsCeilSqrtAndOptionsChangeIt(string method)
    {
        Assert.That(Engine.Summarize(TenSentences, new(Method: method)).Sentences, Has.Count.EqualTo(4));
        Assert.That(Engine.Summarize(TenSentences, new(Sentences: 2, Method: method)).Sentences, Has.Count.EqualTo(2));
        Assert.That(Engine.Summarize(TenSentences, new(Ratio: 0.3, Method: method)).Sentences, Has.Count.EqualTo(3));
        Assert.That(Engine.Summarize(TenSentences, new(Ratio: 0.01, Method: method)).Sentences, Has.Count.EqualTo(1));
        Assert.That(Engine.Summarize(TenSentences, new(Sentences: 0, Method: method)).Sentences, Has.Count.EqualTo(1));
        Assert.That(Engine.Summarize(TenSentences, new(Ratio: double.NaN, Method: method)).Sentences, Has.Count.EqualTo(4));
        Assert.That(Engine.Summarize(TenSentences, new(Sentences: 99, Method: method)).Sentences, Has.Count.EqualTo(10));
    }

    [TestCaseSource(nameof(AllMethods))]
    public void SummariesAreExtractiveOrderedDeterministicAndIndexed(string method)
    {
        var options = new SummaryOptions(Sentences: 3, Method: method);
        var first = Engine.Summarize(TenSentences, options);
        var all = Engine.Summarize(TenSentences, new SummaryOptions(Ratio: 1, Method: method));
        Assert.That(first.InputSentences, Is.EqualTo(10));
        Assert.That(first.Sentences.Select(s => s.Index), Is.Ordered.And.Unique);
        foreach (var s in first.Sentences)
            Assert.That(s.Text, Is.EqualTo(all.Sentences[s.Index].Text));
        Assert.That(Engine.Summarize(TenSentences, options), Is.EqualTo(first).Using<SummaryResult>((a, b) => a.Summary == b.Summary));
        Assert.That(Engine.SummarizeToText(TenSentences, options), Is.EqualTo(first.Summary));
    }

    [Test]
    public void TheMethodsDisagreeSomewhere()
    {
        // Guards against every method quietly falling back to the same picks.
        var picks = SummarizerEngine.Methods.Select(m => string.Join(',',
            ReviewData.Texts.Take(200).Select(t => Engine.SummarizeToText(t, new SummaryOptions(Method: m)).Length))).ToArray();
        Assert.That(picks, Is.Unique);
    }

    [Test]
    public void IsThreadSafe()
    {
        var texts = ReviewData.Texts;
        var sequential = texts.Select(t => Engine.SummarizeToText(t)).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var t = texts[i % texts.Length];
            var result = i % 2 == 0 ? Engine.SummarizeToText(t) : Engine.Summarize(t).Summary;
            if (i < texts.Length) parallel[i] = result;
            else Assert.That(result, Is.EqualTo(sequential[i % texts.Length]));
        });
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void ModelVersionNamesMethodsEmbeddingsAndNonDefaultSettings()
    {
        Assert.That(Engine.ModelVersion, Does.Match(@"^summarizer-\d+:[a-z+]+:glove25d-9931w-[0-9a-f]{8}$"));
        Assert.That(SummarizerEngine.LoadDefault().ModelVersion, Is.EqualTo(Engine.ModelVersion));
        var tuned = SummarizerEngine.LoadDefault(EngineSettings.Default with { Damping = 0.5 });
        Assert.That(tuned.ModelVersion, Does.StartWith(Engine.ModelVersion + ":settings-"));
        Assert.That(SummarizerEngine.LoadDefault(EngineSettings.Default with { CacheDirectory = "/x" }).ModelVersion,
            Is.EqualTo(Engine.ModelVersion), "where the cache lives does not change summaries");
    }

    [Test]
    public void RealReviewsGiveExtractiveSummariesOfTheRightLength()
    {
        foreach (var method in SummarizerEngine.Methods)
            foreach (var text in ReviewData.Texts)
            {
                var result = Engine.Summarize(text, new SummaryOptions(Method: method));
                var cleaned = CleanedText(text);
                Assert.That(result.Sentences, Has.Count.EqualTo((int)Math.Ceiling(Math.Sqrt(result.InputSentences))));
                Assert.That(result.Sentences.Select(s => s.Index), Is.Ordered.And.Unique);
                int from = 0;
                foreach (var s in result.Sentences)
                {
                    int at = cleaned.IndexOf(s.Text, from, StringComparison.Ordinal);
                    Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{s.Text}' is not in order in the cleaned review");
                    Assert.That(s.Text, Does.Not.Contain("<br").And.Not.Contain("&quot;"));
                    from = at + s.Text.Length;
                }
            }
    }
}
