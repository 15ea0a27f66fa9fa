using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Text;

public class AsciiWordMasksTests
{
    private static List<(int Start, int End, bool Apostrophe)> MaskWords(string text)
    {
        int blocks = AsciiWordMasks.BlocksFor(text.Length);
        var words = new ulong[blocks];
        var apostrophes = new ulong[blocks];
        Assert.That(AsciiWordMasks.TryCompute(text, words, apostrophes), Is.True, text);
        int most = AsciiWordMasks.MostWords(text.Length);
        var starts = new int[most];
        var ends = new int[most];
        int count = AsciiWordMasks.WordBounds(words, starts, ends);
        var found = new List<(int, int, bool)>();
        for (int w = 0; w < count; w++)
            found.Add((starts[w], ends[w], AsciiWordMasks.AnyIn(apostrophes, starts[w], ends[w])));
        return found;
    }

    private static List<(int Start, int End, bool Apostrophe)> TokenizerWords(string text)
    {
        var found = new List<(int, int, bool)>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.Next(out int start, out int length))
            found.Add((start, start + length, text.AsSpan(start, length).Contains('\'')));
        return found;
    }

    /// <summary>5,000 random ASCII texts of 0-199 characters (around the 16-character vectors and the 64-character mask
    /// words) from letters, digits, apostrophes, spaces and punctuation.</summary>
    private static IEnumerable<string> RandomTexts(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "aZm09'' .,-!\"'x\t";
        for (int sample = 0; sample < 5000; sample++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            yield return new string(chars);
        }
    }

    /// <summary>The masks find exactly the words the character-by-character tokenizer finds, apostrophes included, on
    /// random ASCII text of every length around the 16-character vectors and the 64-character mask words.</summary>
    [Test]
    public void MasksFindTheTokenizersWords()
    {
        Assume.That(AsciiWordMasks.IsSupported, "no 256-bit SIMD on this machine: the engine tokenizes character by character");
        foreach (var text in RandomTexts(seed: 5))
            Assert.That(MaskWords(text), Is.EqualTo(TokenizerWords(text)), $"text: [{text}]");
    }

    /// <summary>Counting the runs of the word mask gives the tokenizer's number of words, on random texts of the same kind
    /// (words crossing a 64-character mask word included).</summary>
    [Test]
    public void CountWordsCountsTheTokenizersWords()
    {
        Assume.That(AsciiWordMasks.IsSupported, "no 256-bit SIMD on this machine: the engine tokenizes character by character");
        foreach (var text in RandomTexts(seed: 7))
        {
            var words = new ulong[AsciiWordMasks.BlocksFor(text.Length)];
            AsciiWordMasks.TryCompute(text, words, new ulong[words.Length]);
            Assert.That(AsciiWordMasks.CountWords(words), Is.EqualTo(TokenizerWords(text).Count), $"text: [{text}]");
        }
    }

    /// <summary>Words that end at, cross or start at the 64-character mask words' edges, and a word running to the last
    /// bit of the last mask word (its end is past every set bit).</summary>
    [TestCase(64, "")]
    [TestCase(63, " b")]
    [TestCase(64, " b")]
    [TestCase(65, "")]
    [TestCase(128, "")]
    [TestCase(127, " bc")]
    public void WordsAtTheMaskWordsEdgesAreFound(int letters, string after)
    {
        Assume.That(AsciiWordMasks.IsSupported);
        var text = new string('a', letters) + after;
        Assert.That(MaskWords(text), Is.EqualTo(TokenizerWords(text)), text);
    }

    [TestCase(new ulong[] { }, 0)]
    [TestCase(new ulong[] { 0b1011_0110 }, 3)]
    [TestCase(new ulong[] { 1UL << 63, 1 }, 1)]                  // one word across the mask words
    [TestCase(new ulong[] { 1UL << 63, 2 }, 2)]                  // a gap right after the boundary
    [TestCase(new ulong[] { ulong.MaxValue, ulong.MaxValue }, 1)]
    [TestCase(new ulong[] { 0x5555_5555_5555_5555 }, 32)]
    public void CountWordsCountsRunsOfSetBits(ulong[] words, int expected) =>
        Assert.That(AsciiWordMasks.CountWords(words), Is.EqualTo(expected));

    [TestCase("don't stop", 0, 5, true)]
    [TestCase("rock 'n' roll", 6, 7, false)]
    [TestCase("'tis", 1, 4, false)]
    public void AnApostropheJoinsOnlyBetweenAWordCharacterAndALetter(string text, int start, int end, bool apostrophe)
    {
        Assume.That(AsciiWordMasks.IsSupported);
        Assert.That(MaskWords(text), Does.Contain((start, end, apostrophe)));
    }

    [TestCase("caf\u00E9 au lait")]
    [TestCase("it\u2019s")]
    [TestCase("a long ASCII run before the one character outside it, well past sixty-four characters: \u00FC")]
    public void ATextWithAnyNonAsciiCharacterIsLeftToTheTokenizer(string text)
    {
        Assume.That(AsciiWordMasks.IsSupported);
        int blocks = AsciiWordMasks.BlocksFor(text.Length);
        Assert.That(AsciiWordMasks.TryCompute(text, new ulong[blocks], new ulong[blocks]), Is.False);
    }

    /// <summary>A word longer than a mask word, starting on a mask word's boundary, with its apostrophe in the first
    /// mask word: the apostrophe is seen.</summary>
    [Test]
    public void AnApostropheIsFoundInAWordSpanningMaskWords()
    {
        Assume.That(AsciiWordMasks.IsSupported);
        var word = new string('a', 10) + "'" + new string('b', 69);
        Assert.That(MaskWords(word), Is.EqualTo(new[] { (0, 80, true) }));
        Assert.That(MaskWords("x " + word), Is.EqualTo(new[] { (0, 1, false), (2, 82, true) }));
    }
}
