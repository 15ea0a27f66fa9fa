using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>The sentences densest in the document's frequent words (<see cref="TermFrequency"/>). Score: that
/// salience (the weighted mean document frequency of the sentence's words, with the early-position boost; 0 for a
/// sentence without words).</summary>
internal sealed class FrequencyMethod : ISummaryMethod
{
    public string Name => "frequency";

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        SentenceVectors.WeightedUnit(doc, embeddings, settings); // for the redundancy check
        Rank(doc, embeddings, settings);
        Selection.PickTop(doc, doc.FrequencyScores.Span, count, settings, useVectors: true, picked);
    }

    public void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings) =>
        TermFrequency.Score(doc, settings, doc.FrequencyScores.Resize(doc.SentenceCount));

    public float Score(Document doc, int s) => doc.FrequencyScores.Items[s];
}
