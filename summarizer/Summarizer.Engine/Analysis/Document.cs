using Summarizer.Engine.Methods;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Analysis;

/// <summary>
/// One analysed text: the cleaned characters, the sentence ranges, each sentence's word ids and vector,
/// plus each method's own working memory. One instance per thread is reused for every text (see
/// <see cref="Rent"/>), so after warm-up a summary allocates only its output strings.
/// Word ids: a known word's id is its embedding index (= frequency rank, &gt;= 0); an unknown word's id is
/// a negative hash of its lookup form, so lexical overlap still sees it.
/// </summary>
internal sealed class Document
{
    // Scratch that grew beyond this (a huge text) is not kept for the next text on the thread.
    private const int MaxRetainedChars = 1 << 20;

    [ThreadStatic] private static Document? s_cached;

    public char[] Clean = new char[4096];
    public int CleanLength;
    public readonly ScratchList<SentenceRange> Sentences = new(64);
    public readonly ScratchList<int> WordIds = new(1024);
    /// <summary>Sentence s has words WordIds[WordStart[s] .. WordStart[s + 1]).</summary>
    public readonly ScratchList<int> WordStart = new(65);
    public readonly ScratchList<int> KnownWords = new(64);
    public char[] WordBuffer = new char[128];
    /// <summary>The current sentence's word and apostrophe bit masks (<see cref="Text.AsciiWordMasks"/>).</summary>
    public readonly ScratchList<ulong> WordMasks = new(8);
    /// <summary>The current sentence's word starts, then its word ends (<see cref="Text.AsciiWordMasks.WordBounds"/>).</summary>
    public readonly ScratchList<int> WordBounds = new(256);

    /// <summary>Row-major sentence vectors, SentenceCount × Dimension (<see cref="Methods.SentenceVectors"/>).</summary>
    public readonly ScratchList<float> Vectors = new(64 * 32);
    /// <summary>The summary: indices of the picked sentences.</summary>
    public readonly ScratchList<int> Picked = new(16);

    // Each method's working memory, written only by its owner, so no method can overwrite another's data.
    /// <summary>Owned by <see cref="Methods.DistinctWords"/> (built by the ranking that reads it): the document's
    /// distinct words, their counts and weights.</summary>
    public readonly DistinctWords DistinctWords = new();
    /// <summary>Owned by <see cref="Methods.FrequencyMethod"/>: its score per sentence.</summary>
    public readonly ScratchList<float> FrequencyScores = new(64);
    /// <summary>Owned by the graph methods.</summary>
    public readonly SentenceGraphScratch Graph = new();
    /// <summary>Owned by <see cref="Methods.KMeansMethod"/>.</summary>
    public readonly KMeansScratch KMeans = new();

    public int Dimension;

    public ReadOnlySpan<char> CleanText => Clean.AsSpan(0, CleanLength);
    public int SentenceCount => Sentences.Count;
    public ReadOnlySpan<char> SentenceText(int s) => Clean.AsSpan(Sentences.Items[s].Start, Sentences.Items[s].Length);
    /// <summary>Set when the analysis only counted each sentence's words (<see cref="DocumentAnalyzer.Analyze"/>, for a
    /// method that reads nothing more): then <see cref="WordCount"/> holds, and <see cref="Words"/> and
    /// <see cref="KnownWords"/> hold nothing.</summary>
    public bool OnlyWordCounts;
    public ReadOnlySpan<int> Words(int s) => OnlyWordCounts
        ? throw new InvalidOperationException("The document was analysed without looking its words up.")
        : WordIds.Items.AsSpan(WordStart.Items[s], WordStart.Items[s + 1] - WordStart.Items[s]);
    public int WordCount(int s) => WordStart.Items[s + 1] - WordStart.Items[s];
    public Span<float> Vector(int s) => Vectors.Items.AsSpan(s * Dimension, Dimension);

    public static Document Rent()
    {
        var doc = s_cached ?? new Document();
        s_cached = null; // re-entrancy safe: a nested call on the same thread gets its own instance
        return doc;
    }

    public static void Return(Document doc)
    {
        if (doc.Clean.Length > MaxRetainedChars || doc.Graph.Transition.Items.Length > MaxRetainedChars) return;
        s_cached = doc;
    }
}
