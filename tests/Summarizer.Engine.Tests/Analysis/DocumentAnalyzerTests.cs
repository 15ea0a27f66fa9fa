using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Tests.Analysis;

public class DocumentAnalyzerTests
{
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
        string[] extra =
        [
            "I'm sure it's the dog's favourite; don't 'quote' me. Rock 'n' roll!",
            "Caf\u00E9 au lait \u2014 it\u2019s Mike\u2019s. \u6211\u559C\u6B22 sushi. UPPER lower MiXeD 123abc",
            new string('a', 70) + " " + new string('b', 64) + " supercalifragilisticexpialidocious words.",
            string.Join(' ', Enumerable.Repeat("tea", 40)) + ".",
        ];
        var unknownIds = new Dictionary<string, int>();
        foreach (var text in ReviewData.Texts.Concat(extra))
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
}
