using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>The sentences densest in the document's frequent words (<see cref="TermFrequency"/>). Score: that
/// salience (the weighted mean document frequency of the sentence's words, with the early-position boost; 0 for a
/// sentence without words).</summary>
internal sealed class FrequencyMethod : ISummaryMethod
{
    public string Name => "frequency";
    public bool ReadsWords => true;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        var words = Rank(doc, settings);
        SentenceVectors.WeightedUnit(doc, words, embeddings); // for the redundancy check
        Selection.PickTop(doc, doc.FrequencyScores.Span, count, settings, useVectors: true, picked);
    }

    public void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings) => Rank(doc, settings);

    private static DistinctWords Rank(Document doc, EngineSettings settings)
    {
        var words = DistinctWords.Of(doc, settings);
        TermFrequency.Score(doc, words, settings, doc.FrequencyScores.Resize(doc.SentenceCount));
        return words;
    }

    public float Score(Document doc, int s) => doc.FrequencyScores.Items[s];
}
