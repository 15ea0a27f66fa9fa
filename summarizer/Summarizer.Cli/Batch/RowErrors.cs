using System.Globalization;

namespace Summarizer.Cli.Batch;

/// <summary>The Error column's texts, defined once: each names the row's first physical line, so a user
/// can find the row in the input.</summary>
public static class RowErrors
{
    public static string MalformedQuotes(long line) =>
        Format(line, "malformed quotes (a quote inside an unquoted field or after a closing quote); row not summarized.");

    public static string FieldCount(long line, int fields, int headerFields) =>
        Format(line, $"the row has {fields} fields but the header has {headerFields}; row not summarized.");

    /// <summary>The per-row limit: <paramref name="bytes"/> and <paramref name="limit"/> are UTF-8 bytes of text.</summary>
    public static string TextTooLong(long line, long bytes, int limit) =>
        Format(line, $"text too long: {bytes} bytes, limit {limit}; row not summarized.");

    public static string EmptyText(long line) => Format(line, "the text is empty.");

    public static string NoSentence(long line) => Format(line, "no sentence found in the text.");

    public static string Internal(long line, Exception ex) =>
        Format(line, $"internal error while summarizing: {ex.GetType().Name}: {ex.Message}");

    private static string Format(long line, string problem) => string.Create(CultureInfo.InvariantCulture, $"line {line}: {problem}");
}
