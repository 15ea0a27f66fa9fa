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
/// Score: the sentence's PageRank (the ranks of the sentences in the graph sum to 1; 0 for a sentence left out of it).
/// </summary>
internal sealed class GraphMethod(string name, bool personalised) : ISummaryMethod
{
    public static GraphMethod TextRank { get; } = new("textrank", personalised: false);
    public static GraphMethod Hybrid { get; } = new("hybrid", personalised: true);

    public string Name => name;
    public bool ReadsWords => true;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        Rank(doc, embeddings, settings);
        Selection.PickTop(doc, doc.Graph.SentenceRanks.Span, count, settings, useVectors: true, picked);
    }

    public void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings)
    {
        var words = DistinctWords.Of(doc, settings);
        SentenceVectors.WeightedUnit(doc, words, embeddings);
        SentenceGraph.Rank(doc, words, settings, personalised, doc.Graph.SentenceRanks.Resize(doc.SentenceCount));
    }

    public float Score(Document doc, int s) => doc.Graph.SentenceRanks.Items[s];
}
