using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>Ranks the sentences of an analysed document and picks which make its summary.</summary>
internal interface ISummaryMethod
{
    string Name { get; }

    /// <summary>Whether the method reads the words themselves (<see cref="Document.Words"/>, known-word counts), not only
    /// each sentence's word count: only then does the analysis look every word up.</summary>
    bool ReadsWords { get; }

    /// <summary>Adds exactly <paramref name="count"/> distinct sentence indices (any order) to
    /// <paramref name="picked"/>; called only with 0 &lt; count &lt; doc.SentenceCount. Leaves the ranking
    /// <see cref="Score"/> reads.</summary>
    void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked);

    /// <summary>Ranks the sentences without picking (a summary that keeps them all still reports their scores);
    /// called only with doc.SentenceCount &gt; 0. Leaves the ranking <see cref="Score"/> reads.</summary>
    void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings);

    /// <summary>Sentence <paramref name="s"/>'s rank score after <see cref="Select"/> or <see cref="Rank"/>: the
    /// number the method ranks by, higher first (each method documents its scale).</summary>
    float Score(Document doc, int s);
}
