using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Methods;

/// <summary>Picks which sentences of an analysed document make its summary.</summary>
internal interface ISummaryMethod
{
    string Name { get; }

    /// <summary>Adds exactly <paramref name="count"/> distinct sentence indices (any order) to
    /// <paramref name="picked"/>; called only with 0 &lt; count &lt; doc.SentenceCount.</summary>
    void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked);
}
