using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Analysis;

public class DocumentAnalyzerTests
{
    private static readonly string[] ExtraTexts =
    [
        "I'm sure it's the dog's favourite; don't 'quote' me. Rock 'n' roll!",
        "Caf\u00E9 au lait \u2014 it\u2019s Mike\u2019s. \u6211\u559C\u6B22 sushi. UPPER lower MiXeD 123abc",
        new string('a', 70) + " " + new string('b', 64) + " supercalifragilisticexpialidocious words.",
        string.Join(' ', Enumerable.Repeat("tea", 40)) + ".",
        new string('x', 62) + " ab" + new string(' ', 61) + "cd" + new string('y', 64) + " end.",
    ];

    /// <summary>
    /// Whichever way the analysis finds a sentence's words (bit masks for an ASCII sentence, character by character
    /// otherwise) and however it looks them up (the vocabulary's padded fast path), every word gets the id the plain
    /// rules give: tokenize, normalize, look the form up, else the part before its first apostrophe, else an unknown
    /// (negative) id that is the same for the same form.
    /// </summary>
    [Test]
    public void EveryWordGetsTheIdOfItsLookupForm()
    {
        var embeddings = EmbeddingsLoader.Default;
        var doc = new Document();
        var unknownIds = new Dictionary<string, int>();
        foreach (var text in ReviewData.Texts.Concat(ExtraTexts))
        {
            DocumentAnalyzer.Analyze(text, embeddings, doc);
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                var sentence = doc.SentenceText(s).ToString();
                var expected = new List<string>();
                var tokenizer = new WordTokenizer(sentence);
                while (tokenizer.Next(out int start, out int length))
                    expected.Add(sentence.Substring(start, length));
                var ids = doc.Words(s).ToArray();
                Assert.That(ids, Has.Length.EqualTo(expected.Count), sentence);
                int known = 0;
                for (int w = 0; w < ids.Length; w++)
                {
                    var buffer = new char[expected[w].Length];
                    int n = WordTokenizer.Normalize(expected[w], buffer, out int apostrophe);
                    var form = new string(buffer, 0, n);
                    int id = n <= 64 ? embeddings.IndexOf(form) : -1;
                    if (id < 0 && apostrophe > 0 && n <= 64) id = embeddings.IndexOf(form[..apostrophe]);
                    if (id >= 0)
                    {
                        Assert.That(ids[w], Is.EqualTo(id), $"'{expected[w]}' in [{sentence}]");
                        known++;
                    }
                    else
                    {
                        Assert.That(ids[w], Is.Negative, $"'{expected[w]}' in [{sentence}]");
                        Assert.That(ids[w], Is.EqualTo(unknownIds.TryAdd(form, ids[w]) ? ids[w] : unknownIds[form]), form);
                    }
                }
                Assert.That(doc.KnownWords.Items[s], Is.EqualTo(known), sentence);
            }
        }
    }

    /// <summary>An analysis without lookups (for a method that reads only word counts) keeps the same sentences and
    /// each one's word count as the full analysis, on both ways of finding words; its word ids cannot be read.</summary>
    [Test]
    public void WithoutLookupsEachSentenceKeepsItsWordCount()
    {
        var embeddings = EmbeddingsLoader.Default;
        var full = new Document();
        var counted = new Document();
        foreach (var text in ReviewData.Texts.Concat(ExtraTexts))
        {
            DocumentAnalyzer.Analyze(text, embeddings, full);
            DocumentAnalyzer.Analyze(text, embeddings, counted, lookUpWords: false);
            Assert.That(counted.SentenceCount, Is.EqualTo(full.SentenceCount), text);
            for (int s = 0; s < full.SentenceCount; s++)
            {
                Assert.That(counted.SentenceText(s).ToString(), Is.EqualTo(full.SentenceText(s).ToString()));
                Assert.That(counted.WordCount(s), Is.EqualTo(full.WordCount(s)), full.SentenceText(s).ToString());
            }
            Assert.That(full.OnlyWordCounts, Is.False);
            Assert.That(counted.OnlyWordCounts, Is.True);
            if (counted.SentenceCount > 0) Assert.Throws<InvalidOperationException>(() => counted.Words(0).ToArray());
        }
    }
}
