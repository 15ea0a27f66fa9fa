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
    [TestCase("Zebra AND Apple, ZZ top", "zebra", "and", "apple", "zz", "top")]  // the ends of the capitals
    [TestCase("", new string[0])]
    [TestCase("... !!! :)", new string[0])]
    public void WordsAreLowerCaseLetterAndDigitRuns(string text, params string[] expected) =>
        Assert.That(Words(text), Is.EqualTo(expected));

    /// <summary>The engine's one-pass <see cref="WordTokenizer.NextLookupForm"/> gives exactly what <see cref="WordTokenizer.Next"/>
    /// followed by <see cref="WordTokenizer.Normalize"/> gives: the same words, forms and apostrophe positions, on the real
    /// reviews and on random mixes of ASCII, accented capitals, apostrophes, CJK, digits and emoji.</summary>
    [Test]
    public void OnePassLookupFormsEqualTokenizeThenNormalize()
    {
        var random = new Random(11);
        string[] pieces = ["a", "Z", "7", "'", "\u2019", " ", "-", ".", "\u00C9", "\u00DF", "\u0130", "\u6211", "\u30AB", "\U0001F60D", "\u00AD", "I", "t", "s"];
        var texts = new List<string>(ReviewData.Texts.Take(300));
        for (int sample = 0; sample < 3000; sample++)
            texts.Add(string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)])));
        foreach (var text in texts)
        {
            var expected = new List<(string, int)>();
            var twoPass = new WordTokenizer(text);
            while (twoPass.Next(out int start, out int length))
            {
                var buffer = new char[length];
                int n = WordTokenizer.Normalize(text.AsSpan(start, length), buffer, out int apostrophe);
                expected.Add((new string(buffer, 0, n), apostrophe));
            }
            var actual = new List<(string, int)>();
            var onePass = new WordTokenizer(text);
            var destination = new char[text.Length];
            while (onePass.NextLookupForm(destination, out int formLength, out int formApostrophe))
                actual.Add((new string(destination, 0, formLength), formApostrophe));
            Assert.That(actual, Is.EqualTo(expected), $"text: [{text}]");
        }
    }

    [TestCase("Mike\u2019s", "mikes", 4)]
    [TestCase("'em's", "ems", 0)] // an apostrophe at the start
    public void NormalizeReportsTheFirstApostrophe(string word, string form, int firstApostrophe)
    {
        var buffer = new char[16];
        int n = WordTokenizer.Normalize(word, buffer, out int apostrophe);
        Assert.That(new string(buffer, 0, n), Is.EqualTo(form));
        Assert.That(apostrophe, Is.EqualTo(firstApostrophe));
    }

    /// <summary>Ideographs and kana are words of one character each; the blocks' first and last characters are in,
    /// their neighbours out.</summary>
    [TestCase('\u3040', true), TestCase('\u30FF', true), TestCase('\u303F', false), TestCase('\u3100', false)]
    [TestCase('\u3400', true), TestCase('\u4DBF', true), TestCase('\u33FF', false), TestCase('\u4DC0', false)]
    [TestCase('\u4E00', true), TestCase('\u9FFF', true), TestCase('\u4DFF', false), TestCase('\uA000', false)]
    [TestCase('\uF900', true), TestCase('\uFAFF', true), TestCase('\uF8FF', false), TestCase('\uFB00', false)]
    public void CjkBlocksEndWhereUnicodeEndsThem(char c, bool cjk) => Assert.That(WordTokenizer.IsCjk(c), Is.EqualTo(cjk), $"U+{(int)c:X4}");
}
