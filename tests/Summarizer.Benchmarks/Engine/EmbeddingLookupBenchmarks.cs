using BenchmarkDotNet.Attributes;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Benchmarks.Engine;

/// <summary>One embedding lookup (span key, no allocation), over the real words of the reviews (~10% unknown).</summary>
[MemoryDiagnoser]
public class EmbeddingLookupBenchmarks
{
    private char[] _chars = [];
    private (int Start, int Length)[] _words = [];
    private WordEmbeddings _embeddings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _embeddings = EmbeddingsLoader.Default;
        var all = string.Join(' ', BenchmarkData.Reviews());
        _chars = new char[all.Length];
        var words = new List<(int, int)>();
        var tokenizer = new WordTokenizer(all);
        int at = 0;
        while (tokenizer.Next(out int start, out int length))
        {
            int n = WordTokenizer.Normalize(all.AsSpan(start, length), _chars.AsSpan(at), out _);
            words.Add((at, n));
            at += n;
        }
        _words = [.. words.Take(10_000)];
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public int LookUp()
    {
        int known = 0;
        foreach (var (start, length) in _words)
            if (_embeddings.IndexOf(_chars.AsSpan(start, length)) >= 0) known++;
        return known;
    }
}
