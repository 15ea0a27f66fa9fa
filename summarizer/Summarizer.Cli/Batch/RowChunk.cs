using System.Buffers;

namespace Summarizer.Cli.Batch;

/// <summary>Where one field's characters are in its chunk's <see cref="RowChunk.Chars"/>.</summary>
public readonly record struct FieldRange(int Start, int Length);

/// <summary>
/// A run of consecutive input rows travelling through the pipeline together: the reader fills the inputs,
/// one worker fills the outputs, the writer waits for <see cref="Done"/>, writes them in order and hands the
/// chunk back to its <see cref="RowChunkPool"/>. Chunks, not single rows, so the hand-offs between threads
/// cost little per row. The fields' text lives in one character array per chunk, reused from run to run of
/// the pool, so reading a row allocates nothing and the memory held is exactly what the budget counts.
/// </summary>
public sealed class RowChunk
{
    public RowChunk(int rowCapacity, int fieldsPerRow, int chars)
    {
        Lines = new long[rowCapacity];
        Ids = new FieldRange[rowCapacity];
        Texts = new FieldRange[rowCapacity];
        FieldsPerRow = fieldsPerRow;
        Fields = new FieldRange[rowCapacity * fieldsPerRow];
        Chars = new char[chars];
        Summaries = new FieldRange[rowCapacity];
        Scores = new FieldRange[rowCapacity];
        Errors = new string?[rowCapacity];
    }

    public int Count;

    // Inputs (reader): each row's first physical line, and where its fields are in Chars.
    public readonly long[] Lines;
    public readonly FieldRange[] Ids;
    /// <summary>Empty for a row the reader already found in error.</summary>
    public readonly FieldRange[] Texts;
    /// <summary>Every input column of each row (row r, column c at r·FieldsPerRow + c); only with --keep-columns.</summary>
    public readonly FieldRange[] Fields;
    public readonly int FieldsPerRow;

    /// <summary>The characters of every field above, one after another; grown only through the pool.</summary>
    public char[] Chars { get; private set; }
    public int CharCount { get; private set; }
    /// <summary>Bytes of the text budget this chunk's storage holds (see <see cref="RowChunkPool"/>).</summary>
    internal long ReservedBytes;

    // Outputs (worker). An error set by the reader (a malformed row) is kept and the row is not summarized.
    /// <summary>Where each row's summary is in <see cref="SummaryChars"/> (empty for a row in error).</summary>
    public readonly FieldRange[] Summaries;
    /// <summary>The summaries' characters, written by the engine straight into this reused buffer. Its size
    /// follows the texts' (a summary is a selection of its text's sentences), which the budget counts.</summary>
    public readonly ArrayBufferWriter<char> SummaryChars = new(16 * 1024);
    /// <summary>With --scores: where each row's scores are in <see cref="ScoreChars"/> (empty otherwise).</summary>
    public readonly FieldRange[] Scores;
    /// <summary>With --scores: each summary sentence's score, separated by spaces (the budget counts them too).</summary>
    public readonly ArrayBufferWriter<char> ScoreChars = new(256);
    public readonly string?[] Errors;

    public readonly ManualResetEventSlim Done = new(false);

    public int Capacity => Lines.Length;
    public int FreeChars => Chars.Length - CharCount;

    public ReadOnlySpan<char> Id(int row) => Slice(Ids[row]);
    public ReadOnlySpan<char> Text(int row) => Slice(Texts[row]);
    public ReadOnlySpan<char> Field(int row, int column) => Slice(Fields[row * FieldsPerRow + column]);
    public ReadOnlySpan<char> Summary(int row) => SummaryChars.WrittenSpan.Slice(Summaries[row].Start, Summaries[row].Length);
    public ReadOnlySpan<char> ScoreText(int row) => ScoreChars.WrittenSpan.Slice(Scores[row].Start, Scores[row].Length);

    private ReadOnlySpan<char> Slice(FieldRange range) => Chars.AsSpan(range.Start, range.Length);

    /// <summary>Room for <paramref name="length"/> more characters, to be filled and then committed with
    /// <see cref="Commit"/>; the caller made room first (<see cref="RowChunkPool.EnsureRoom"/>).</summary>
    internal Span<char> Next(int length) => Chars.AsSpan(CharCount, length);

    internal FieldRange Commit(int length)
    {
        var range = new FieldRange(CharCount, length);
        CharCount += length;
        return range;
    }

    internal void Grow(int chars)
    {
        var larger = new char[chars];
        Chars.AsSpan(0, CharCount).CopyTo(larger);
        Chars = larger;
    }

    /// <summary>Empties the chunk for its next use.</summary>
    internal void Clear()
    {
        SummaryChars.ResetWrittenCount();
        ScoreChars.ResetWrittenCount();
        Array.Clear(Errors, 0, Count);
        Count = 0;
        CharCount = 0;
        Done.Reset();
    }
}
