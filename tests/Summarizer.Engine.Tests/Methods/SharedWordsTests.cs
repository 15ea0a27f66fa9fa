using Summarizer.Engine.Analysis;
using Summarizer.Engine.Methods;

namespace Summarizer.Engine.Tests.Methods;

/// <summary>The word bookkeeping the ranking methods share (<see cref="DistinctWords"/>) and the graph's word overlap
/// (through bit sets or postings), against straightforward computations on random documents: the same numbers, to the bit.</summary>
public class SharedWordsTests
{
    private static readonly EngineSettings Settings = EngineSettings.Default;

    /// <summary>A document of random word ids only (no text): known ids and negative unknown ones, from a small
    /// vocabulary so words repeat within and across sentences; some sentences without words.</summary>
    private static Document RandomDocument(Random random, int maxSentences = 40)
    {
        var doc = new Document();
        int sentences = random.Next(1, maxSentences), vocabulary = random.Next(1, 60);
        for (int s = 0; s < sentences; s++)
        {
            doc.WordStart.Add(doc.WordIds.Count);
            int length = random.Next(0, 4) == 0 ? 0 : random.Next(1, 25);
            for (int i = 0; i < length; i++)
            {
                int word = random.Next(vocabulary);
                doc.WordIds.Add(word % 5 == 0 ? -1 - word * 7919 : word * 37); // a fifth unknown (negative)
            }
            doc.Sentences.Add(default);
        }
        doc.WordStart.Add(doc.WordIds.Count);
        return doc;
    }

    [Test]
    public void DistinctWordsNumberCountAndWeighEveryWord()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            var doc = RandomDocument(random);
            var words = DistinctWords.Of(doc, Settings);
            var firstSeen = doc.WordIds.Span.ToArray().Distinct().ToArray();
            Assert.That(words.Ids.ToArray(), Is.EqualTo(firstSeen), "numbered in order of first occurrence");
            Assert.That(words.Counts.ToArray(), Is.EqualTo(firstSeen.Select(id => doc.WordIds.Span.ToArray().Count(x => x == id))));
            Assert.That(words.Weights.ToArray(), Is.EqualTo(firstSeen.Select(id => SentenceVectors.WordWeight(id, (float)Settings.CommonWordRank))));
            for (int s = 0; s < doc.SentenceCount; s++)
                Assert.That(words.Numbers(s).ToArray().Select(w => words.Ids[w]), Is.EqualTo(doc.Words(s).ToArray()));
        }
    }

    /// <summary>Graphs of up to 64 nodes (bit sets), and larger ones (postings), around that bound.</summary>
    [TestCase(40)]
    [TestCase(140)]
    public void OverlapEqualsTheSortedMergeOfEveryPair(int maxSentences)
    {
        var random = new Random(11);
        float common = (float)Settings.CommonWordRank;
        for (int trial = 0; trial < 200; trial++)
        {
            var doc = RandomDocument(random, maxSentences);
            int[] nodes = [.. Enumerable.Range(0, doc.SentenceCount).Where(_ => random.Next(4) > 0)]; // some left out
            int n = nodes.Length;
            var matrix = new float[n * n];
            var logLength = new float[n];
            SentenceGraph.AddSharedWeights(doc, DistinctWords.Of(doc, Settings), nodes, matrix, logLength);

            var sorted = nodes.Select(s => doc.Words(s).ToArray().Distinct().Order().ToArray()).ToArray();
            for (int a = 0; a < n; a++)
            {
                Assert.That(logLength[a], Is.EqualTo(MathF.Log(1 + sorted[a].Length)));
                for (int b = 0; b < n; b++)
                {
                    float expected = b > a ? MergedWeight(sorted[a], sorted[b], common) : 0f;
                    Assert.That(BitConverter.SingleToInt32Bits(matrix[a * n + b]), Is.EqualTo(BitConverter.SingleToInt32Bits(expected)),
                        $"trial {trial}, nodes {a} and {b}");
                }
            }
        }
    }

    /// <summary>The plain definition: walk both sorted lists, summing the weights of the ids in both.</summary>
    private static float MergedWeight(int[] x, int[] y, float common)
    {
        float sum = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else { sum += SentenceVectors.WordWeight(x[i], common); i++; j++; }
        }
        return sum;
    }
}
