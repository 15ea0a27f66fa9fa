using Summarizer.Contract;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>The sentences densest in the document's frequent words (<see cref="TermFrequency"/>).</summary>
internal sealed class FrequencyMethod : ISummaryMethod
{
    public string Name => SummaryMethods.Frequency;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        SentenceVectors.WeightedUnit(doc, embeddings, settings); // for the redundancy check
        var scores = doc.FrequencyScores.Resize(doc.SentenceCount);
        TermFrequency.Score(doc, settings, scores);
        Selection.PickTop(doc, scores, count, settings, useVectors: true, picked);
    }
}
