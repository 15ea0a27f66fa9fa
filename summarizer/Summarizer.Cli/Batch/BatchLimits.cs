using Summarizer.Contract;

namespace Summarizer.Cli.Batch;

/// <summary>
/// The memory bounds of one batch run, defined once. Memory is bounded by bytes, not rows: the text of the
/// rows between the reader and the writer never exceeds <see cref="TextBudgetBytes"/>, whatever the input,
/// on top of the CSV parser's buffer (at most one record) and each worker's engine scratch (bounded by the
/// per-row limit).
/// </summary>
public static class BatchLimits
{
    /// <summary>Text in flight across the reader, the workers and the writer, counted as
    /// <see cref="BytesPerChar"/> per character held.</summary>
    public const long TextBudgetBytes = 64L * 1024 * 1024;

    /// <summary>What one character held in a chunk costs: 2 bytes of UTF-16 for the input, and up to 2 more
    /// for its share of the summary (a selection of the text's sentences, so never much longer than the text).</summary>
    public const int BytesPerChar = 4;

    /// <summary>What one character held costs on top of <see cref="BytesPerChar"/> with --scores: a summary sentence
    /// takes at least two characters of its text (itself and the space or terminator after it), and its score at most
    /// <see cref="ScoreChars"/> characters, two bytes each.</summary>
    public const int ScoreBytesPerChar = ScoreChars / 2 * sizeof(char);

    /// <summary>The most characters one score takes in the CSV: six significant digits (<c>G6</c>, e.g.
    /// <c>1.23457E-05</c>) and the space before the next.</summary>
    public const int ScoreChars = 12;

    /// <summary>The default per-row limit: a batch row may hold the same text as POST /summarize.</summary>
    public const int DefaultMaxTextBytes = ContractLimits.MaxTextUtf8Bytes;

    /// <summary>The highest per-row limit --max-text-bytes accepts: 1 MiB, well above the contract's (a batch row has
    /// no Step Functions envelope to fit). The engine's working memory grows with the text (~5.5 MB per thread for a
    /// 256 KiB text of tiny sentences, see the README), so this keeps each worker's share near 22 MB and any row a
    /// small part of the text budget.</summary>
    public const int MaxTextBytesCeiling = 1024 * 1024;

    /// <summary>Rows per chunk: large enough that queue hand-offs are rare, small enough that the workers
    /// stay evenly loaded.</summary>
    public const int ChunkRows = 512;

    /// <summary>A chunk is handed on once it holds this many characters, so a chunk of long rows stays a
    /// small share of the budget (~1 MiB of text: 2 limit-sized rows, or 512 reviews of ~400 characters).</summary>
    public const int ChunkChars = 512 * 1024;

    /// <summary>The longest record the CSV parser (Sep) buffers: it refuses longer ones. A record this long
    /// is almost always an unterminated quote swallowing the rest of the file.</summary>
    public const int MaxRecordChars = 16 * 1024 * 1024;
}
