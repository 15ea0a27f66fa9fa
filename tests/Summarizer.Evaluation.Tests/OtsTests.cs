using Summarizer.Evaluation.Systems;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

public class OtsTests
{
    // Shape of `ots --html` output (ots 0.4.2, Debian): every sentence with its score, in input order.
    private const string Html = """
        <html><body>
        <!--cat,dog-->
        <!--(44)--><FONT COLOR="#16569E"><span style='background:yellow;'>The cat sat on the mat.</span></FONT>
        <!--(35)--><FONT COLOR="#16569E"><span> The dog &amp; the cat.</span></FONT>
        <!--(14)--><FONT COLOR="#16569E"><span><br><br>Dogs are pets.</span></FONT>
        <!--(0)--><FONT COLOR="#16569E"><span><br></span></FONT>
        </body></html>
        """;

    [Test]
    public void Html_output_gives_every_sentence_with_its_score()
    {
        Assert.That(OtsSystem.ParseHtml(Html), Is.EqualTo(new[]
        {
            ("The cat sat on the mat.", 44), ("The dog & the cat.", 35), ("Dogs are pets.", 14),
        }));
    }

    [Test]
    public void Real_ots_returns_the_requested_number_of_input_sentences()
    {
        var ots = ExternalTool.Require("ots", OtsSystem.InstallHint);
        var text = "The cat sat on the mat. The dog ate the cat food today. Cats are great pets for people.\n\n" +
                   "Dogs are also great pets. The weather is nice today. I like cats and dogs very much.";
        var summary = new OtsSystem(ots).Summarize(text, 2);
        Assert.That(summary, Has.Count.EqualTo(2));
        Assert.That(summary, Has.All.Matches<string>(s => text.Contains(s!)));
    }
}
