using Summarizer.Engine.Analysis;

namespace Summarizer.Engine.Methods;

/// <summary>
/// The document's distinct words, numbered 0, 1, 2, … in order of first occurrence, with each one's count and weight
/// (<see cref="SentenceVectors.WordWeight"/>), and every word occurrence's number: one hash pass per ranking, after
/// which <see cref="TermFrequency"/>, <see cref="SentenceVectors.WeightedUnit"/> and <see cref="SentenceGraph"/> read
/// plain arrays instead of probing a table or sorting word ids. Built by <see cref="Of"/> at the start of each ranking
/// that needs it (the scratch in the <see cref="Document"/> is only ever read through the instance Of returns).
/// </summary>
internal sealed class DistinctWords
{
    private readonly WordCounter _counter = new();
    private readonly ScratchList<int> _numbers = new(1024);
    private readonly ScratchList<float> _weights = new(128);
    private Document? _doc;

    /// <summary>Indexes the words of <paramref name="doc"/> (as analysed now) into its scratch and returns it.</summary>
    public static DistinctWords Of(Document doc, EngineSettings settings)
    {
        var index = doc.DistinctWords;
        index._doc = doc;
        var words = doc.WordIds.Span;
        var counter = index._counter;
        counter.Reset(words.Length);
        var numbers = index._numbers.Resize(words.Length);
        for (int i = 0; i < words.Length; i++) numbers[i] = counter.Increment(words[i]);
        var ids = counter.Ids;
        var weights = index._weights.Resize(ids.Length);
        float common = (float)settings.CommonWordRank;
        for (int w = 0; w < ids.Length; w++) weights[w] = SentenceVectors.WordWeight(ids[w], common);
        return index;
    }

    /// <summary>How many distinct words the document has.</summary>
    public int Count => _counter.Ids.Length;

    /// <summary>Each distinct word's id (see <see cref="Document"/>), by number.</summary>
    public ReadOnlySpan<int> Ids => _counter.Ids;

    /// <summary>Each distinct word's number of occurrences in the document, by number.</summary>
    public ReadOnlySpan<int> Counts => _counter.Counts;

    /// <summary>Each distinct word's weight, by number.</summary>
    public ReadOnlySpan<float> Weights => _weights.Span;

    /// <summary>The numbers of sentence <paramref name="s"/>'s words, in order (parallel to doc.Words(s)).</summary>
    public ReadOnlySpan<int> Numbers(int s)
    {
        var start = _doc!.WordStart.Items;
        return _numbers.Items.AsSpan(start[s], start[s + 1] - start[s]);
    }
}
