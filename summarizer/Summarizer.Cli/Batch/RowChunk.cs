namespace Summarizer.Cli.Batch;

/// <summary>
/// A run of consecutive input rows travelling through the pipeline together: the reader fills the inputs,
/// one worker fills the outputs, the writer waits for <see cref="Done"/> and writes them in order. Chunks,
/// not single rows, so the hand-offs between threads cost little per row.
/// </summary>
public sealed class RowChunk(int capacity)
{
    public int Count;

    // Inputs (reader).
    public readonly long[] Lines = new long[capacity];
    public readonly string[] Ids = new string[capacity];
    public readonly string?[] Texts = new string?[capacity];
    /// <summary>Every input field of each row; filled only with --keep-columns.</summary>
    public readonly string[]?[] Fields = new string[]?[capacity];

    // Outputs (worker). An error set by the reader (a malformed row) is kept and the row is not summarized.
    public readonly string[] Summaries = new string[capacity];
    public readonly string?[] Errors = new string?[capacity];

    public readonly ManualResetEventSlim Done = new(false);

    public int Capacity => Lines.Length;
}
