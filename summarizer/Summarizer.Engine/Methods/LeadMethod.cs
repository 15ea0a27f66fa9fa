using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>The first sentences (long enough to be candidates): the classic baseline, and the cheapest.
/// Score: 1 − index / number of sentences (the first sentence 1, later ones less).</summary>
internal sealed class LeadMethod : ISummaryMethod
{
    public string Name => "lead";
    public bool ReadsWords => false; // the first candidates: a candidate needs only its word count

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked) =>
        Selection.FillByPosition(doc, count, settings, picked);

    public void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings) { }

    public float Score(Document doc, int s) => 1f - (float)s / doc.SentenceCount;
}
