namespace Summarizer.Engine.Tests;

/// <summary>Inputs that must never throw, and what comes back for them.</summary>
public class HostileInputTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();

    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData("", 0).SetName("empty");
        yield return new TestCaseData("   \t\r\n  ", 0).SetName("whitespace");
        yield return new TestCaseData("<br /><br /><p></p>", 0).SetName("only tags");
        yield return new TestCaseData("&nbsp;&nbsp;", 0).SetName("only entities for spaces");
        yield return new TestCaseData("!!!???...", 1).SetName("only punctuation");
        yield return new TestCaseData("\U0001F60D\U0001F60D\U0001F44D", 1).SetName("only emoji");
        yield return new TestCaseData("\uD800\uDC00\uDFFF\uD800", 1).SetName("broken surrogates");
        yield return new TestCaseData("\0\u0001\u0002 text \0", 1).SetName("control characters");
        yield return new TestCaseData("<<<>>> <a <b <c> &#; &#x; &; &amp", 1).SetName("broken markup");
        yield return new TestCaseData(new string('a', 100_000), 1).SetName("one enormous word");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("word ", 20_000)), 1).SetName("no punctuation, long");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat(". ", 20_000)), 1).SetName("periods only");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("<br />", 20_000)) + "Hi there.", 1).SetName("many tags");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("Same sentence here. ", 500)), 500).SetName("500 identical sentences");
        yield return new TestCaseData("<script>" + new string('x', 1000), 0).SetName("unterminated script");
    }

    [TestCaseSource(nameof(Texts))]
    public void NeverThrowsAndCountsSentences(string text, int sentences)
    {
        foreach (var method in SummarizerEngine.Methods)
        {
            var result = Engine.Summarize(text, new SummaryOptions(Method: method));
            Assert.That(result.InputSentences, Is.EqualTo(sentences), method);
            Assert.That(result.Sentences, Has.Count.EqualTo(sentences == 0 ? 0 : (int)Math.Ceiling(Math.Sqrt(sentences))), method);
            foreach (var s in result.Sentences)
                Assert.That(s.Text, Is.Not.Empty.And.EqualTo(s.Text.Trim()));
            Assert.That(Engine.SummarizeToText(text, new SummaryOptions(Method: method)), Is.EqualTo(result.Summary));
        }
    }

    [Test]
    public void ALargeManySentenceTextIsSummarized()
    {
        // ~256 KiB (the contract's limit) of real reviews: thousands of sentences through every method.
        var text = string.Join(" ", ReviewData.Texts).Substring(0, 256 * 1024);
        foreach (var method in SummarizerEngine.Methods)
        {
            var result = Engine.Summarize(text, new SummaryOptions(Method: method));
            Assert.That(result.InputSentences, Is.GreaterThan(1000));
            Assert.That(result.Sentences, Has.Count.EqualTo((int)Math.Ceiling(Math.Sqrt(result.InputSentences))));
        }
    }

    [Test]
    public void TensOfThousandsOfTinySentencesStayBounded()
    {
        // 256 KiB of three-word sentences: a quadratic graph over all of them would need ~2 GB of scratch.
        var text = string.Concat(Enumerable.Range(0, 256 * 1024 / 12).Select(i => $"w{i % 5000} x{i % 7} y. "));
        foreach (var method in SummarizerEngine.Methods)
        {
            var result = Engine.Summarize(text, new SummaryOptions(Sentences: 5, Method: method));
            Assert.That(result.InputSentences, Is.EqualTo(256 * 1024 / 12), method);
            Assert.That(result.Sentences, Has.Count.EqualTo(5), method);
        }
    }

    [Test]
    public void NullTextIsTreatedAsEmpty() =>
        Assert.That(Engine.Summarize(null!).Sentences, Is.Empty);
}
