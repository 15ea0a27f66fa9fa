using Summarizer.Contract;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>
/// The graph methods: PageRank centrality on the sentence similarity graph (<see cref="SentenceGraph"/>),
/// then the most central candidates, skipping near-duplicates.
/// <list type="bullet">
/// <item><c>textrank</c>: plain TextRank/LexRank-style centrality (uniform teleport).</item>
/// <item><c>hybrid</c>: personalised PageRank whose teleport prefers sentences dense in the document's
/// frequent words (<see cref="TermFrequency"/>), so a sentence ranks high when it is salient itself and
/// similar to other salient sentences. The best method on both dev sets (README, Quality).</item>
/// </list>
/// </summary>
internal sealed class GraphMethod(string name, bool personalised) : ISummaryMethod
{
    public static GraphMethod TextRank { get; } = new(SummaryMethods.TextRank, personalised: false);
    public static GraphMethod Hybrid { get; } = new(SummaryMethods.Hybrid, personalised: true);

    public string Name => name;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        SentenceVectors.WeightedUnit(doc, embeddings, settings);
        var scores = doc.Graph.SentenceRanks.Resize(doc.SentenceCount);
        SentenceGraph.Rank(doc, settings, personalised, scores);
        Selection.PickTop(doc, scores, count, settings, useVectors: true, picked);
    }
}
