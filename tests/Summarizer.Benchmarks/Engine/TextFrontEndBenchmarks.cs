using BenchmarkDotNet.Attributes;
using Summarizer.Engine;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Benchmarks.Engine;

/// <summary>The text front end per average real review: cleaning, + splitting, + tokenizing and embedding lookup.</summary>
[MemoryDiagnoser]
public class TextFrontEndBenchmarks
{
    private const int Reviews = 1000;
    private string[] _texts = [];
    private char[] _clean = new char[1];
    private readonly ScratchList<SentenceRange> _sentences = new();
    private readonly Document _doc = new();
    private WordEmbeddings _embeddings = null!;
    private string[] _cleaned = [];
    private readonly char[] _word = new char[100_000];

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkData.Reviews();
        _clean = new char[_texts.Max(t => t.Length)];
        _embeddings = EmbeddingsLoader.Default;
        _cleaned = [.. _texts.Select(t => new string(_clean, 0, HtmlCleaner.Clean(t, _clean)))];
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int Clean()
    {
        int total = 0;
        foreach (var text in _texts) total += HtmlCleaner.Clean(text, _clean);
        return total;
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int CleanAndSplit()
    {
        int total = 0;
        foreach (var text in _texts)
        {
            int n = HtmlCleaner.Clean(text, _clean);
            SentenceSplitter.Split(_clean.AsSpan(0, n), _sentences);
            total += _sentences.Count;
        }
        return total;
    }

    /// <summary>Words of the already cleaned reviews, found and put in lookup form (no lookup).</summary>
    [Benchmark(OperationsPerInvoke = Reviews)]
    public int TokenizeAndNormalize()
    {
        int total = 0;
        foreach (var text in _cleaned)
        {
            var tokenizer = new WordTokenizer(text);
            while (tokenizer.NextLookupForm(_word, out int length, out _))
                total += length;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int CleanSplitTokenizeLookUp()
    {
        int total = 0;
        foreach (var text in _texts)
        {
            DocumentAnalyzer.Analyze(text, _embeddings, _doc);
            total += _doc.WordIds.Count;
        }
        return total;
    }
}
