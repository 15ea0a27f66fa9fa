using System.Buffers;
using Summarizer.Engine;

namespace Summarizer.Cli.Batch;

/// <summary>Summarizes the rows of a chunk. Never throws: a row that cannot be summarized gets an empty
/// summary and an error text, and the batch goes on.</summary>
public sealed class RowSummarizer(SummarizerEngine engine, SummaryOptions options)
{
    public void Summarize(RowChunk chunk)
    {
        for (int i = 0; i < chunk.Count; i++)
        {
            int start = chunk.SummaryChars.WrittenCount;
            if (chunk.Errors[i] is null) // else the reader already found the row malformed or too long
                chunk.Errors[i] = SummarizeOne(chunk.Text(i), chunk.Lines[i], chunk.SummaryChars);
            chunk.Summaries[i] = new FieldRange(start, chunk.SummaryChars.WrittenCount - start);
        }
    }

    private string? SummarizeOne(ReadOnlySpan<char> text, long line, ArrayBufferWriter<char> summaries)
    {
        if (text.IsWhiteSpace())
            return RowErrors.EmptyText(line);
        try
        {
            // The text-only call, written straight into the chunk: a batch needs neither the sentence list nor
            // the indices, and a summary row then allocates nothing.
            return engine.SummarizeTo(text, summaries, options) == 0 ? RowErrors.NoSentence(line) : null;
        }
        catch (Exception ex)
        {
            // The engine promises not to throw; if it ever does, one row's error must not stop the batch.
            return RowErrors.Internal(line, ex);
        }
    }
}
