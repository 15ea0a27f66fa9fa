using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Tests.Embeddings;

public class VocabularyIndexTests
{
    [Test]
    public void EveryWordIsFoundAtItsIndexAndNothingElseIs()
    {
        // Enough words that many share a first probe slot, so probing past other words is exercised.
        var words = Enumerable.Range(0, 50_000).Select(i => $"w{i}").Prepend("").ToArray();
        var index = new VocabularyIndex(words);
        for (int i = 0; i < words.Length; i++)
            Assert.That(index.IndexOf(words[i]), Is.EqualTo(i), words[i]);
        foreach (var miss in new[] { "w", "w50000", "w1 ", "W1", "w12345x", "x", "w0w0" })
            Assert.That(index.IndexOf(miss), Is.EqualTo(-1), miss);
    }

    [Test]
    public void TheFirstOfDuplicateWordsWins()
    {
        var index = new VocabularyIndex(["the", "cat", "the", "sat", "cat"]);
        Assert.That(index.IndexOf("the"), Is.EqualTo(0));
        Assert.That(index.IndexOf("cat"), Is.EqualTo(1));
        Assert.That(index.IndexOf("sat"), Is.EqualTo(3));
    }

    [Test]
    public void WordsDifferingOnlyBeyondTheHashBlocksOrInLengthAreDistinct()
    {
        string[] words = ["abcdefgh", "abcdefghi", "abcdefgi", "abcdefg", "caf\u00E9", "cafe", "\u6211"];
        var index = new VocabularyIndex(words);
        for (int i = 0; i < words.Length; i++)
            Assert.That(index.IndexOf(words[i]), Is.EqualTo(i), words[i]);
    }

    /// <summary>The padded lookup reads up to <see cref="VocabularyIndex.HeadChars"/> characters from the word's start
    /// whatever its length and masks off what follows: a word inside a longer text, followed by letters, must be found
    /// as itself (not as the longer word), and one too near the text's end takes the careful path.</summary>
    [Test]
    public void AWordInsideATextIsFoundAsItselfWhateverFollowsIt()
    {
        string[] words = ["a", "te", "tea", "teapot", "teapots", "abcdefgh", "abcdefghij", "xéy", ""];
        var index = new VocabularyIndex(words);
        foreach (var suffix in new[] { "", "s", "pot!", "zzzzzzzzzzzzzzzz", " and more" })
            foreach (var prefix in new[] { "", "q", "0123456789abcdef" })
                for (int i = 0; i < words.Length; i++)
                {
                    var text = prefix + words[i] + suffix;
                    Assert.That(index.IndexOf(text, prefix.Length, words[i].Length), Is.EqualTo(i), $"'{words[i]}' in '{text}'");
                }
        // Parts of words that are not words themselves: the masked head and the length both count.
        Assert.That(index.IndexOf("teapotsxyz", 0, 5), Is.EqualTo(-1), "teapo");
        Assert.That(index.IndexOf("abcdefghijkl", 0, 9), Is.EqualTo(-1), "abcdefghi");
        Assert.That(index.IndexOf("..tea", 2, 2), Is.EqualTo(1), "te, at the end of the text");
    }

    [Test]
    public void AnEmptyVocabularyFindsNothing() =>
        Assert.That(new VocabularyIndex([]).IndexOf("any"), Is.EqualTo(-1));
}
