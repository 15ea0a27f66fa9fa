using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>TextRank/LexRank family: PageRank centrality on the sentence similarity graph
/// (<see cref="SentenceGraph"/>), then the most central candidates, skipping near-duplicates.</summary>
internal sealed class TextRankMethod : ISummaryMethod
{
    public string Name => "textrank";

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        SentenceVectors.WeightedUnit(doc, embeddings, settings);
        SentenceGraph.Build(doc, settings);
        SentenceGraph.PageRank(doc, settings);
        Selection.PickTop(doc, doc.Scores.Span, count, settings, useVectors: true, picked);
    }
}
