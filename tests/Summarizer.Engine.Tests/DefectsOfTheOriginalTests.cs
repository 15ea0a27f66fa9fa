namespace Summarizer.Engine.Tests;

/// <summary>One test per defect of the original kmeans.py model, run against every method.</summary>
public class DefectsOfTheOriginalTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();
    private static IEnumerable<string> AllMethods => SummarizerEngine.Methods;

    [TestCaseSource(nameof(AllMethods))]
    public void ShortExclamationsAreNotPickedThroughAnIndexMixUp(string method)
    {
        // The original picked indices in the list without short sentences, then read them from the full
        // list, so the summary was shifted onto "Yum!!"-like sentences.
        const string text = "Yum!! Wow!! I really loved the flavor of these crunchy cookies. So good!! " +
                            "The texture was soft and chewy like homemade bread. Yes!! My kids ate the whole box in one afternoon. " +
                            "Amazing!! Shipping was fast and the package arrived intact. Great!! I would buy them again for parties.";
        var result = Engine.Summarize(text, new SummaryOptions(Sentences: 3, Method: method));
        Assert.That(result.Sentences, Has.Count.EqualTo(3));
        foreach (var s in result.Sentences)
            Assert.That(s.Text.Split(' ').Length, Is.GreaterThanOrEqualTo(3), $"picked the short sentence '{s.Text}'");
    }

    [TestCaseSource(nameof(AllMethods))]
    public void SentencesWithNoKnownWordNeverGiveNaNOrCrash(string method)
    {
        const string text = "Xqzv brrrt zzyzx. Qwfp glorpt vvvx. Blorft zint qqq. Snarfle wubwub frobnicate.";
        var result = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: method));
        Assert.That(result.InputSentences, Is.EqualTo(4));
        Assert.That(result.Sentences, Has.Count.EqualTo(2));
        Assert.That(result.Sentences.Select(s => s.Index), Is.Unique.And.Ordered);
    }

    [TestCaseSource(nameof(AllMethods))]
    public void MixedKnownAndUnknownSentencesStillPickFromTheKnownOnes(string method)
    {
        const string text = "Zzyzx qwfp glorpt. The coffee tastes rich and smooth. Brrrt vvvx snarfle. I drink this coffee every morning. Blorft zint qqq.";
        var result = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: method));
        Assert.That(result.Sentences, Has.Count.EqualTo(2));
        if (method != "lead")
            Assert.That(result.Sentences.Select(s => s.Index), Is.EqualTo(new[] { 1, 3 }));
    }

    [TestCaseSource(nameof(AllMethods))]
    public void FourOrFewerSentencesNeverFail(string method)
    {
        string[] texts = ["Great.", "Great taffy. Fast delivery.", "One two three. Four five six. Seven eight nine.",
                          "A b c d. E f g h. I j k l. M n o p."];
        foreach (var text in texts)
        {
            int n = text.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
            var defaults = Engine.Summarize(text, new SummaryOptions(Method: method));
            Assert.That(defaults.InputSentences, Is.EqualTo(n), text);
            Assert.That(defaults.Sentences, Has.Count.EqualTo((int)Math.Ceiling(Math.Sqrt(n))), text);
            var asksForMore = Engine.Summarize(text, new SummaryOptions(Sentences: 10, Method: method));
            Assert.That(asksForMore.Summary, Is.EqualTo(text), "a text shorter than asked comes back whole");
        }
    }

    [TestCaseSource(nameof(AllMethods))]
    public void NonAsciiTextComesBackIntact(string method)
    {
        const string text = "Ce café est délicieux, vraiment. 😍 Love the crème brûlée flavour 👍. " +
                            "这个咖啡很好喝。 我每天都喝！ Straße, naïve, Ærøskøbing… all fine. Ünïcödé everywhere ✓.";
        var all = Engine.Summarize(text, new SummaryOptions(Ratio: 1, Method: method));
        Assert.That(all.Summary, Is.EqualTo(text));
        var some = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: method));
        foreach (var s in some.Sentences) Assert.That(text, Does.Contain(s.Text));
    }
}
