using Summarizer.Contract;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>The first sentences (long enough to be candidates): the classic baseline, and the cheapest.</summary>
internal sealed class LeadMethod : ISummaryMethod
{
    public string Name => SummaryMethods.Lead;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked) =>
        Selection.FillByPosition(doc, count, settings, picked);
}
