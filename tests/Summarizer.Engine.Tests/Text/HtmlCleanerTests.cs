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
    [TestCase("One<p>", "One")]                                                        // a tag of three characters
    [TestCase("Before<!-- never closed <p> more", "Before")]
    [TestCase("a<!---->b", "ab")]
    [TestCase("a<style>p { color: red }</style>b", "ab")]
    [TestCase("Text<script>var s = '</b>';</script> more", "Text more")]              // an end tag of another name inside
    [TestCase("a<script></script>b", "ab")]
    [TestCase("a<script>never closed</script", "a")]
    [TestCase("One<br\tclass=\"x\">Two", "One\nTwo")]
    [TestCase("One<br\nclass=\"x\">Two", "One\nTwo")]
    [TestCase("a<averyveryverylongname>b", "ab")]                                     // longer than any block tag: inline
    [TestCase("<p>&amp; more", "& more")]                                             // no line break before the first character
    [TestCase("Fish<br>&amp; chips", "Fish\n& chips")]
    public void TagsAreRemovedAndBlockTagsBreakLines(string input, string expected) =>
        Assert.That(Clean(input), Is.EqualTo(expected));

    [TestCase("I <3 it", "I <3 it")]
    [TestCase("a < b and c > d", "a < b and c > d")]
    [TestCase("unclosed <br", "unclosed <br")]
    [TestCase("a <b-c> d", "a <b-c> d")] // a name must end at a space, '/', '>' or an attribute
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
    [TestCase("a &; b", "a &; b")]
    [TestCase("a &#; &#x; b", "a &#; &#x; b")]
    [TestCase("&#000000065; has nine digits", "&#000000065; has nine digits")]
    [TestCase("&#12a; is not decimal", "&#12a; is not decimal")]
    [TestCase("&#x10FFFF; &#xDFFF; &#xFFFFFFFF;", "\U0010FFFF \uFFFD \uFFFD")]           // the last, the first beyond, a surrogate, overflow
    [TestCase("I &hearts; it", "I \u2665 it")]                                           // a rare one, through WebUtility
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

    /// <summary>Each block tag (any case) breaks the line.</summary>
    [TestCase("br"), TestCase("p"), TestCase("div"), TestCase("li"), TestCase("ul"), TestCase("ol"), TestCase("tr")]
    [TestCase("table"), TestCase("blockquote"), TestCase("hr"), TestCase("pre"), TestCase("h1"), TestCase("h2")]
    [TestCase("h3"), TestCase("h4"), TestCase("h5"), TestCase("h6"), TestCase("section"), TestCase("article")]
    [TestCase("dd"), TestCase("dt"), TestCase("header"), TestCase("footer"), TestCase("title")]
    public void BlockTagsBreakTheLine(string name)
    {
        Assert.That(Clean($"one<{name}>two"), Is.EqualTo("one\ntwo"));
        Assert.That(Clean($"one</{name.ToUpperInvariant()}>two"), Is.EqualTo("one\ntwo"));
    }

    /// <summary>The named references decoded without WebUtility give what WebUtility gives (the no-break space: a
    /// space, as every other whitespace becomes).</summary>
    [TestCase("amp"), TestCase("lt"), TestCase("gt"), TestCase("quot"), TestCase("apos"), TestCase("nbsp")]
    [TestCase("mdash"), TestCase("ndash"), TestCase("hellip"), TestCase("rsquo"), TestCase("lsquo"), TestCase("rdquo")]
    [TestCase("ldquo"), TestCase("eacute"), TestCase("copy"), TestCase("reg"), TestCase("trade"), TestCase("deg")]
    public void CommonReferencesDecodeAsWebUtilityDoes(string name)
    {
        var reference = $"&{name};";
        var decoded = new char[2];
        Assert.That(HtmlEntities.TryDecode(reference, decoded, out int length), Is.EqualTo(reference.Length));
        var expected = System.Net.WebUtility.HtmlDecode(reference).Replace('\u00A0', ' ');
        Assert.That(new string(decoded, 0, length), Is.EqualTo(expected));
    }
}
