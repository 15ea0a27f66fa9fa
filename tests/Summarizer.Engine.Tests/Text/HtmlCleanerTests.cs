using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Text;

public class HtmlCleanerTests
{
    private static string Clean(string input)
    {
        var output = new char[input.Length];
        return new string(output, 0, HtmlCleaner.Clean(input, output));
    }

    [TestCase("Good.<br />Bad.", "Good.\nBad.")]
    [TestCase("Good.<br /><br />Bad.", "Good.\nBad.")]
    [TestCase("One<BR>two<br/>three", "One\ntwo\nthree")]
    [TestCase("<p>Para one</p><p>Para two</p>", "Para one\nPara two")]
    [TestCase("A <b>bold</b> and <a href=\"http://x.y/\">linked</a> word", "A bold and linked word")]
    [TestCase("Before<!-- a comment with <br /> -->after", "Beforeafter")]
    [TestCase("Text<script>alert('<br>')</script> more", "Text more")]
    [TestCase("<!DOCTYPE html><div>Hi</div>", "Hi")]
    public void TagsAreRemovedAndBlockTagsBreakLines(string input, string expected) =>
        Assert.That(Clean(input), Is.EqualTo(expected));

    [TestCase("I <3 it", "I <3 it")]
    [TestCase("a < b and c > d", "a < b and c > d")]
    [TestCase("unclosed <br", "unclosed <br")]
    public void TextThatOnlyLooksLikeATagStays(string input, string expected) =>
        Assert.That(Clean(input), Is.EqualTo(expected));

    [TestCase("Fish &amp; chips", "Fish & chips")]
    [TestCase("&quot;Jumbo&quot; &lt;br /&gt;", "\"Jumbo\" <br />")]
    [TestCase("it&#39;s &#x27;ok&#x27;", "it's 'ok'")]
    [TestCase("caf&eacute; &mdash; na&iuml;ve", "caf\u00E9 \u2014 na\u00EFve")]
    [TestCase("smile &#128512;!", "smile \U0001F600!")]
    [TestCase("bad &#0; &#xD800; &#99999999;", "bad \uFFFD \uFFFD \uFFFD")]
    [TestCase("a&nbsp;&nbsp;b", "a b")]
    [TestCase("AT&T and &unknownentity; and & alone", "AT&T and &unknownentity; and & alone")]
    public void CharacterReferencesAreDecoded(string input, string expected) =>
        Assert.That(Clean(input), Is.EqualTo(expected));

    [TestCase("  lots   of\t\tspace  ", "lots of space")]
    [TestCase("a  b", "a b")]
    [TestCase(" leading and trailing ", "leading and trailing")]
    [TestCase("one two  three   four", "one two three four")]
    [TestCase("before <br> after", "before\nafter")]
    [TestCase("tab\t and  space", "tab and space")]
    [TestCase("caf\u00E9  ok", "caf\u00E9 ok")]
    [TestCase("line\r\nbreak \n \n next", "line\nbreak\nnext")]
    [TestCase("zero\u200Bwidth\uFEFF and soft\u00ADhyphen", "zerowidth and softhyphen")]
    [TestCase("ctrl\u0001\u0007chars", "ctrl chars", TestName = "{m}(control characters)")] // a name without them: test runners' result channels choke on them
    [TestCase("emoji \U0001F60D stays", "emoji \U0001F60D stays")]
    public void WhitespaceCollapsesAndBrokenCharactersGo(string input, string expected) =>
        Assert.That(Clean(input), Is.EqualTo(expected));

    /// <summary>Printable ASCII with spaces is copied in stretches (the fast path): whatever the spacing, the result is
    /// the text with each run of spaces made one and the ends trimmed.</summary>
    [Test]
    public void PlainTextWithAnySpacingCollapsesToSingleSpaces()
    {
        var random = new Random(7);
        const string alphabet = "ab.,!?'\"()-x  ";
        for (int sample = 0; sample < 2000; sample++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var input = new string(chars);
            var expected = System.Text.RegularExpressions.Regex.Replace(input, " +", " ").Trim(' ');
            Assert.That(Clean(input), Is.EqualTo(expected), $"input: [{input}]");
        }
    }

    [Test]
    public void LoneSurrogatesBecomeReplacementCharacters() =>
        // Built in code: attribute arguments cannot carry lone surrogates intact.
        Assert.That(Clean("lone " + '\uD800' + " high and " + '\uDC00' + " low" + '\uD83D'), Is.EqualTo("lone \uFFFD high and \uFFFD low\uFFFD"));

    [Test]
    public void OutputIsNeverLongerThanInput()
    {
        foreach (var input in new[] { "&#128512;", "<br>", "&amp;&amp;", "\uD800", "a\r\n\r\nb", "&#x10FFFF;" })
            Assert.That(Clean(input).Length, Is.LessThanOrEqualTo(input.Length), input);
    }
}
