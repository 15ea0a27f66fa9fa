using Summarizer.Engine.Analysis;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string cleaned)
    {
        var ranges = new ScratchList<SentenceRange>();
        SentenceSplitter.Split(cleaned, ranges);
        return [.. ranges.Span.ToArray().Select(r => cleaned.Substring(r.Start, r.Length))];
    }

    [TestCase("Mr. Smith and Dr. Jones came. They left.", "Mr. Smith and Dr. Jones came.", "They left.")]
    [TestCase("It is sold in the U.S. and Canada. I buy it.", "It is sold in the U.S. and Canada.", "I buy it.")]
    [TestCase("Try fruit, e.g. apples. Or not.", "Try fruit, e.g. apples.", "Or not.")]
    [TestCase("Delivered at 9 a.m. by the mailman. Great.", "Delivered at 9 a.m. by the mailman.", "Great.")]
    [TestCase("Arrived at 9 a.m. The box was fine.", "Arrived at 9 a.m.", "The box was fine.")]
    [TestCase("Arrived at 9 a.m. \"The box was fine.\"", "Arrived at 9 a.m.", "\"The box was fine.\"")] // the word, not its quote
    [TestCase("C.S. Lewis wrote it. Read it.", "C.S. Lewis wrote it.", "Read it.")]
    [TestCase("Apples, pears, etc. Nothing else.", "Apples, pears, etc.", "Nothing else.")]
    [TestCase("Messrs. Smith and Jones came. They left.", "Messrs. Smith and Jones came.", "They left.")] // the longest listed
    [TestCase("J.R.R.T. Tolkien wrote it. Read it.", "J.R.R.T. Tolkien wrote it.", "Read it.")]           // longer, with periods
    public void AbbreviationsDoNotEndSentencesUnlessTheNextWordSaysSo(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    /// <summary>Every listed abbreviation, as written in a sentence (capitalised too): one that never ends a sentence
    /// keeps it going even before a capital; one that may end it does so before a capital only.</summary>
    [Test]
    public void EveryListedAbbreviationActsAsItsKind()
    {
        var never = Abbreviations.Listed(AbbreviationKind.NeverEnds).ToArray();
        var maybe = Abbreviations.Listed(AbbreviationKind.MayEnd).ToArray();
        Assert.That(never, Has.Length.GreaterThan(30));
        Assert.That(maybe, Has.Length.GreaterThan(30));
        Assert.Multiple(() =>
        {
            foreach (var word in never.Concat(never.Select(Capitalised)))
                Assert.That(Split($"I met {word}. Smith there."), Has.Length.EqualTo(1), word);
            foreach (var word in maybe.Concat(maybe.Select(Capitalised)))
            {
                Assert.That(Split($"I paid 5 {word}. Then I left."), Has.Length.EqualTo(2), word);
                Assert.That(Split($"I paid 5 {word}. then I left."), Has.Length.EqualTo(1), word);
            }
        });
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [TestCase("It cost $3.50 per bag. Worth it.", "It cost $3.50 per bag.", "Worth it.")]
    [TestCase("Version 2.0 is 10.5% better. Yes.", "Version 2.0 is 10.5% better.", "Yes.")]
    [TestCase("I like No. 5 best. Really.", "I like No. 5 best.", "Really.")]
    [TestCase("This is model-No. 5 of the set. Good.", "This is model-No. 5 of the set.", "Good.")] // a glued "No."
    [TestCase("Loved it. 5 stars from me.", "Loved it.", "5 stars from me.")]                         // no number marker
    public void NumbersAndPricesStayWhole(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("Jumbo Peanuts...the peanuts were small. Sad.", "Jumbo Peanuts...the peanuts were small.", "Sad.")]
    [TestCase("I waited... and waited. Then it came.", "I waited... and waited.", "Then it came.")]
    [TestCase("Wait... It was gone.", "Wait...", "It was gone.")]
    [TestCase("Hmm\u2026 not bad. OK.", "Hmm\u2026 not bad.", "OK.")]
    [TestCase("I waited.. and waited. Then it came.", "I waited.. and waited.", "Then it came.")] // two periods are one too
    public void EllipsesEndASentenceOnlyBeforeACapital(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("Wow!!! Best ever!!! Buy it???", "Wow!!!", "Best ever!!!", "Buy it???")]
    [TestCase("Really?! Yes.", "Really?!", "Yes.")]
    [TestCase("So good!The kids loved it.", "So good!", "The kids loved it.")]
    [TestCase("So good.The kids loved it.", "So good.", "The kids loved it.")]
    [TestCase("Wow!! the taste is odd.", "Wow!!", "the taste is odd.")]          // not an ellipsis: ends whatever follows
    [TestCase("It was good!A great buy.", "It was good!", "A great buy.")]
    [TestCase("ok.Now we go.", "ok.", "Now we go.")]
    [TestCase("so good.Ok", "so good.", "Ok")]
    [TestCase("so good.O", "so good.O")]                                        // a capital alone may be an initial
    [TestCase("Ok.The end.", "Ok.The end.")]                                    // "great.The" needs two lower-case letters before
    [TestCase("It was good.I liked it.", "It was good.I liked it.")]            // and a lower-case one after the capital
    public void RunsOfTerminatorsAndMissingSpaces(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("He said \"it is great.\" Then he left.", "He said \"it is great.\"", "Then he left.")]
    [TestCase("(I think so.) Yes!", "(I think so.)", "Yes!")]
    [TestCase("I asked the vet (Dr.) Then I waited.", "I asked the vet (Dr.)", "Then I waited.")] // even after an abbreviation
    [TestCase("She said \u201Cwow!\u201D I agree.", "She said \u201Cwow!\u201D", "I agree.")]
    public void ClosingQuotesStayWithTheirSentence(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("See http://www.example.com/a.b?c=1 for more. Thanks.", "See http://www.example.com/a.b?c=1 for more.", "Thanks.")]
    [TestCase("Go to www.Amazon.com. It is there.", "Go to www.Amazon.com.", "It is there.")]
    [TestCase("Bought on amazon.com and loved it. Yes.", "Bought on amazon.com and loved it.", "Yes.")]
    [TestCase("Visit https://x.io/A.B. Now.", "Visit https://x.io/A.B.", "Now.")]
    [TestCase("See http://ex.com/ab.Cd for it. Then buy.", "See http://ex.com/ab.Cd for it.", "Then buy.")]
    [TestCase("See https://ex.com/ab.Cd for it. Then buy.", "See https://ex.com/ab.Cd for it.", "Then buy.")]
    [TestCase("See www.ex.com/ab.Cd for it. Then buy.", "See www.ex.com/ab.Cd for it.", "Then buy.")]
    [TestCase("See (http://example.com/ab.Cd) for it. Then buy.", "See (http://example.com/ab.Cd) for it.", "Then buy.")]
    public void UrlsAreNotSplit(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    // CJK text puts no space after its full stop, so a URL that ran to the next space swallowed the next sentence.
    [TestCase("\u770B http://example.com/a.b\u3002\u5F88\u597D\u5403\uFF01", "\u770B http://example.com/a.b\u3002", "\u5F88\u597D\u5403\uFF01")]
    [TestCase("\u89C1 www.ex.cn/a\uFF1F\u662F\u7684\u3002", "\u89C1 www.ex.cn/a\uFF1F", "\u662F\u7684\u3002")]
    [TestCase("See http://ex.com/a.b\uFF0E Then buy.", "See http://ex.com/a.b\uFF0E", "Then buy.")]
    public void AUrlEndsAtACjkFullStop(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("First line\nSecond line", "First line", "Second line")]
    [TestCase("First line  \nSecond line", "First line", "Second line")]
    [TestCase("no punctuation at all here", "no punctuation at all here")]
    [TestCase("我喜欢这个。很好吃！真的吗？", "我喜欢这个。", "很好吃！", "真的吗？")]
    [TestCase("Love it \U0001F60D so much. \U0001F44D Great.", "Love it \U0001F60D so much. \U0001F44D", "Great.")]
    public void LinesTextWithoutPunctuationCjkAndEmoji(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("Great! :) Buy it.", "Great! :)", "Buy it.")]
    [TestCase("!!! Love it. Yes.", "!!! Love it.", "Yes.")]
    [TestCase("Wow! - the taste is odd.", "Wow!", "- the taste is odd.")]
    [TestCase("Good.\n:)\nBad.", "Good.", "Bad.")]
    [TestCase(":)", ":)")]
    [TestCase(" \n:)\n ", ":)")]
    [TestCase("Good. - ! Bad.", "Good. - !", "Bad.")] // a word-less piece on the same line joins the sentence before it
    [TestCase("\U0001F60D\U0001F60D", "\U0001F60D\U0001F60D")]
    public void PiecesWithoutWordsJoinANeighbourOrStandAloneWhenTheyAreAllThereIs(string text, params string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\n")]
    public void NothingGivesNoSentence(string text) => Assert.That(Split(text), Is.Empty);

    [Test]
    public void EverySentenceIsATrimmedSubstringInOrder()
    {
        const string text = "  A b c.  D e f!\nG h?  I j...k l. M";
        var ranges = new ScratchList<SentenceRange>();
        SentenceSplitter.Split(text, ranges);
        int previousEnd = 0;
        foreach (var r in ranges.Span)
        {
            Assert.That(r.Start, Is.GreaterThanOrEqualTo(previousEnd));
            var s = text.Substring(r.Start, r.Length);
            Assert.That(s, Is.EqualTo(s.Trim()).And.Not.Empty);
            previousEnd = r.End;
        }
        Assert.That(ranges.Count, Is.EqualTo(5));
    }

    [Test]
    public void SplittingAgainReplacesThePreviousSentences()
    {
        var ranges = new ScratchList<SentenceRange>();
        SentenceSplitter.Split("One. Two. Three.", ranges);
        SentenceSplitter.Split("Four.", ranges);
        Assert.That(ranges.Span.ToArray(), Is.EqualTo(new[] { new SentenceRange(0, 5) }));
    }
}
