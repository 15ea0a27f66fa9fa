using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Text;

public class WordTokenizerTests
{
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            var buffer = new char[length];
            int n = WordTokenizer.Normalize(text.AsSpan(start, length), buffer, out _);
            words.Add(new string(buffer, 0, n));
        }
        return [.. words];
    }

    [TestCase("Don't STOP, it's great!", "dont", "stop", "its", "great")]
    [TestCase("licorice-flavored $3.50 (50%)", "licorice", "flavored", "3", "50", "50")]
    [TestCase("Caf\u00C9 \u00DCber na\u00EFve", "caf\u00E9", "\u00FCber", "na\u00EFve")]
    [TestCase("Love it \U0001F60D\U0001F60D!!", "love", "it")]
    [TestCase("我喜欢 sushi", "我", "喜", "欢", "sushi")]
    [TestCase("rock 'n' roll", "rock", "n", "roll")]
    [TestCase("", new string[0])]
    [TestCase("... !!! :)", new string[0])]
    public void WordsAreLowerCaseLetterAndDigitRuns(string text, params string[] expected) =>
        Assert.That(Words(text), Is.EqualTo(expected));

    [Test]
    public void NormalizeReportsTheFirstApostrophe()
    {
        var buffer = new char[16];
        int n = WordTokenizer.Normalize("Mike\u2019s", buffer, out int apostrophe);
        Assert.That(new string(buffer, 0, n), Is.EqualTo("mikes"));
        Assert.That(apostrophe, Is.EqualTo(4));
    }
}
