using System.Buffers;
using System.Globalization;
using Summarizer.Engine;

namespace Summarizer.Cli.Batch;

/// <summary>Summarizes the rows of a chunk. Never throws: a row that cannot be summarized gets an empty
/// summary and an error text, and the batch goes on. With <paramref name="scores"/>, each row also gets its summary
/// sentences' scores (<see cref="BatchColumns.ScoresColumn"/>).</summary>
public sealed class RowSummarizer(SummarizerEngine engine, SummaryOptions options, bool scores = false)
{
    // One per worker thread: the scores of the row being summarized, before they are written as text.
    [ThreadStatic] private static ArrayBufferWriter<float>? t_scores;

    public void Summarize(RowChunk chunk)
    {
        for (int i = 0; i < chunk.Count; i++)
        {
            int start = chunk.SummaryChars.WrittenCount, scoresStart = chunk.ScoreChars.WrittenCount;
            if (chunk.Errors[i] is null) // else the reader already found the row malformed or too long
                chunk.Errors[i] = SummarizeOne(chunk.Text(i), chunk.Lines[i], chunk.SummaryChars, scores ? chunk.ScoreChars : null);
            chunk.Summaries[i] = new FieldRange(start, chunk.SummaryChars.WrittenCount - start);
            chunk.Scores[i] = new FieldRange(scoresStart, chunk.ScoreChars.WrittenCount - scoresStart);
        }
    }

    private string? SummarizeOne(ReadOnlySpan<char> text, long line, ArrayBufferWriter<char> summaries, ArrayBufferWriter<char>? scoreText)
    {
        if (text.IsWhiteSpace())
            return RowErrors.EmptyText(line);
        try
        {
            // The text-only call, written straight into the chunk: a batch needs neither the sentence list nor
            // the indices, and a summary row then allocates nothing.
            if (scoreText is null)
                return engine.SummarizeTo(text, summaries, options) == 0 ? RowErrors.NoSentence(line) : null;
            var values = t_scores ??= new ArrayBufferWriter<float>(64);
            values.ResetWrittenCount();
            if (engine.SummarizeTo(text, summaries, options, values) == 0)
                return RowErrors.NoSentence(line);
            WriteScores(values.WrittenSpan, scoreText);
            return null;
        }
        catch (Exception ex)
        {
            // The engine promises not to throw; if it ever does, one row's error must not stop the batch.
            return RowErrors.Internal(line, ex);
        }
    }

    /// <summary>The scores in summary order, separated by single spaces, each with six significant digits.</summary>
    private static void WriteScores(ReadOnlySpan<float> values, ArrayBufferWriter<char> output)
    {
        for (int i = 0; i < values.Length; i++)
        {
            var span = output.GetSpan(16);
            int at = 0;
            if (i > 0) span[at++] = ' ';
            values[i].TryFormat(span[at..], out int written, "G6", CultureInfo.InvariantCulture);
            output.Advance(at + written);
        }
    }
}
