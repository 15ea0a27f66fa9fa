using BenchmarkDotNet.Attributes;
using Summarizer.Engine;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Methods;

namespace Summarizer.Benchmarks.Engine;

/// <summary>The hybrid method's stages per average real review, each benchmark adding one stage to the one before, so
/// a stage's cost is the difference between two lines: analysis, + distinct words, + sentence vectors, + graph and
/// PageRank, + picking. Reviews whose summary keeps every sentence stop after the analysis, as the engine does.</summary>
[MemoryDiagnoser]
public class GraphStageBenchmarks
{
    private string[] _texts = [];
    private readonly Document _doc = new();
    private WordEmbeddings _embeddings = null!;
    private readonly EngineSettings _settings = EngineSettings.Default;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkData.Reviews();
        _embeddings = EmbeddingsLoader.Default;
    }

    [Benchmark(OperationsPerInvoke = 1000)] public int Analysis() => Run(stages: 0);
    [Benchmark(OperationsPerInvoke = 1000)] public int DistinctWordsToo() => Run(stages: 1);
    [Benchmark(OperationsPerInvoke = 1000)] public int SentenceVectorsToo() => Run(stages: 2);
    [Benchmark(OperationsPerInvoke = 1000)] public int GraphRankToo() => Run(stages: 3);
    [Benchmark(OperationsPerInvoke = 1000)] public int PickingToo() => Run(stages: 4);

    private int Run(int stages)
    {
        int total = 0;
        foreach (var text in _texts)
        {
            DocumentAnalyzer.Analyze(text, _embeddings, _doc);
            int n = _doc.SentenceCount;
            int count = SummaryLength.Resolve(default, n);
            total += n;
            if (count >= n || stages < 1) continue;
            var words = DistinctWords.Of(_doc, _settings);
            if (stages < 2) continue;
            SentenceVectors.WeightedUnit(_doc, words, _embeddings);
            if (stages < 3) continue;
            SentenceGraph.Rank(_doc, words, _settings, personalised: true, _doc.Graph.SentenceRanks.Resize(n));
            if (stages < 4) continue;
            _doc.Picked.Clear();
            Selection.PickTop(_doc, _doc.Graph.SentenceRanks.Span, count, _settings, useVectors: true, _doc.Picked);
            total += _doc.Picked.Count;
        }
        return total;
    }
}
