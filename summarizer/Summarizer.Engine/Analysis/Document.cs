using Summarizer.Engine.Text;

namespace Summarizer.Engine.Analysis;

/// <summary>
/// One analysed text: the cleaned characters, the sentence ranges, and each sentence's word ids, plus
/// the float scratch the methods work in. One instance per thread is reused for every text (see
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

    /// <summary>Row-major sentence vectors, SentenceCount × Dimension.</summary>
    public readonly ScratchList<float> Vectors = new(64 * 32);
    public readonly ScratchList<float> Matrix = new(64 * 64);
    public readonly ScratchList<float> Scores = new(64);
    public readonly ScratchList<float> Scores2 = new(64);
    public readonly ScratchList<float> Salience = new(64);
    public readonly ScratchList<float> SentenceScores = new(64);
    public readonly ScratchList<float> NodePrior = new(64);
    public readonly ScratchList<int> Nodes = new(64);
    public readonly ScratchList<float> Centroids = new(16 * 32);
    public readonly ScratchList<int> Ints = new(64);
    public readonly ScratchList<int> Ints2 = new(64);
    public readonly ScratchList<int> Picked = new(16);
    public readonly WordCounter WordCounts = new();

    public int Dimension;

    public ReadOnlySpan<char> CleanText => Clean.AsSpan(0, CleanLength);
    public int SentenceCount => Sentences.Count;
    public ReadOnlySpan<char> SentenceText(int s) => Clean.AsSpan(Sentences.Items[s].Start, Sentences.Items[s].Length);
    public ReadOnlySpan<int> Words(int s) => WordIds.Items.AsSpan(WordStart.Items[s], WordStart.Items[s + 1] - WordStart.Items[s]);
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
        if (doc.Clean.Length > MaxRetainedChars || doc.Matrix.Items.Length > MaxRetainedChars) return;
        s_cached = doc;
    }
}
