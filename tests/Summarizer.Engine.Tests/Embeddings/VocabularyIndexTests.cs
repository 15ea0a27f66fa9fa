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

    [Test]
    public void AnEmptyVocabularyFindsNothing() =>
        Assert.That(new VocabularyIndex([]).IndexOf("any"), Is.EqualTo(-1));
}
