using System.Text;
using nietras.SeparatedValues;
using Summarizer.Cli.Input;

namespace Summarizer.Cli.Batch;

/// <summary>
/// Reads the input CSV into <see cref="RowChunk"/>s with Sep, copying only the id and text fields (every
/// field with --keep-columns) into the chunk's character storage: no string per field. A file-level problem
/// (invalid UTF-8, unterminated quote, no header, no text column, empty input, a record longer than the
/// parser takes) throws <see cref="InvalidInputException"/> naming the line; a problem confined to one row
/// (wrong number of fields, stray quotes, a text over the per-row limit) becomes that row's error instead,
/// so no row is lost.
/// </summary>
/// <remarks>
/// Sep splits records by quote parity alone and leaves every quote in the field (Unescape off), which is
/// what makes both checks exact and cheap: a record with an odd number of quotes can only be one that ran
/// into the end of the input inside quotes (unterminated), and a field holding a quote must be one quoted
/// field with doubled inner quotes, or the row has malformed quotes. A text over the limit is measured where
/// the parser holds it and never copied.
/// </remarks>
public sealed class ReviewCsvReader : IDisposable
{
    private readonly StrictUtf8Reader _text;
    private readonly PrefixedTextReader _rows;
    private SepReader? _parser; // created on the first read: Sep reads its first record as it is created
    private readonly BatchColumns _columns;
    private readonly int _maxTextBytes;
    private readonly long _lineOffset; // physical lines before the first record the parser sees (through the header)
    private long _lastLine;            // the last physical line of the previous record, for a record the parser refuses

    public string[] Header { get; }
    public int IdIndex { get; }
    public int TextIndex { get; }

    /// <summary>Fields each row keeps for the output: every input column with --keep-columns, else none.</summary>
    public int KeptFieldsPerRow => _columns.KeepColumns ? Header.Length : 0;

    /// <summary>Bytes consumed from the input so far (for progress).</summary>
    public long BytesRead => _text.BytesRead;

    public ReviewCsvReader(Stream input, BatchColumns columns, int maxTextBytes = BatchLimits.DefaultMaxTextBytes)
    {
        _columns = columns;
        _maxTextBytes = maxTextBytes;
        _text = new StrictUtf8Reader(input);
        var header = HeaderRecord.Read(_text, BatchLimits.MaxRecordChars)
            ?? throw new InvalidInputException(0, $"the input is empty; expected a header line naming the columns {_columns.IdColumn} and {_columns.TextColumn}.");
        Header = ParseHeader(header);
        _lineOffset = header.LinesThrough;
        _lastLine = header.LinesThrough;
        IdIndex = FindColumn(columns.IdColumn, header.Line);
        TextIndex = FindColumn(columns.TextColumn, header.Line);
        _rows = new PrefixedTextReader(header.Rest, _text);
    }

    // Sep splits records by quote parity; every quote stays in the field (Unescape off) for the checks below.
    private static SepReaderOptions NewParser() =>
        Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false });

    /// <summary>The header's field names, parsed by the same parser and checked like any record.</summary>
    private static string[] ParseHeader(HeaderRecord header)
    {
        using var parser = NewParser().FromText(header.Text);
        parser.MoveNext();
        var row = parser.Current;
        if (HasQuotes(row, header.Line) && HasMalformedField(row))
            throw new InvalidInputException(header.Line, "the header line has malformed quotes.");
        var names = new string[row.ColCount];
        for (int c = 0; c < names.Length; c++)
            names[c] = Unescape(row[c].Span);
        return names;
    }

    private int FindColumn(string name, long headerLine)
    {
        int index = Array.FindIndex(Header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            throw new InvalidInputException(headerLine, $"the header has no '{name}' column (it has: {Shorten(string.Join(", ", Header), 200)}). " +
                "Is the header line missing? Use --id-column / --text-column to name other columns.");
        return index;
    }

    /// <summary>Fills <paramref name="chunk"/> with up to its capacity of rows (or <see cref="BatchLimits.ChunkChars"/>
    /// characters), growing its storage through <paramref name="pool"/>; false when the input is exhausted.</summary>
    public bool ReadChunk(RowChunk chunk, RowChunkPool pool, CancellationToken cancel)
    {
        while (chunk.Count < chunk.Capacity && chunk.CharCount < BatchLimits.ChunkChars && NextRecord(out long line))
            ReadRow(_parser!.Current, line, chunk, pool, cancel);
        return chunk.Count > 0;
    }

    private void ReadRow(SepReader.Row row, long line, RowChunk chunk, RowChunkPool pool, CancellationToken cancel)
    {
        int n = chunk.Count;
        int count = row.ColCount;
        bool malformed = HasQuotes(row, line) && HasMalformedField(row);
        string? error = malformed ? RowErrors.MalformedQuotes(line)
            : count != Header.Length ? RowErrors.FieldCount(line, count, Header.Length)
            : null;

        chunk.Lines[n] = line;
        chunk.Ids[n] = IdIndex < count ? Copy(row[IdIndex].Span, malformed, chunk, pool, cancel) : default;
        chunk.Texts[n] = default;
        if (error is null)
        {
            var text = row[TextIndex].Span;
            long bytes = Utf8LengthIfOver(text, _maxTextBytes);
            if (bytes > _maxTextBytes) error = RowErrors.TextTooLong(line, bytes, _maxTextBytes);
            else chunk.Texts[n] = Copy(text, malformed, chunk, pool, cancel);
        }
        if (chunk.FieldsPerRow > 0)
            for (int c = 0; c < chunk.FieldsPerRow; c++)
                chunk.Fields[n * chunk.FieldsPerRow + c] = c < count ? Copy(row[c].Span, malformed, chunk, pool, cancel) : default;
        chunk.Errors[n] = error;
        chunk.Count = n + 1;
    }

    /// <summary>Moves to the next record that is not a blank line; <paramref name="line"/> is its first physical line.</summary>
    private bool NextRecord(out long line)
    {
        try
        {
            _parser ??= NewParser().From(_rows);
            while (_parser.MoveNext())
            {
                var row = _parser.Current;
                var raw = row.Span;
                // Sep numbers the first record's lines from 2; its end is right, so count back from there.
                long parserLine = row.RowIndex == 0 ? row.LineNumberToExcl - 1 - LineBreaks(raw) : row.LineNumberFrom;
                line = _lineOffset + parserLine;
                _lastLine = _lineOffset + row.LineNumberToExcl - 1;
                if (row.ColCount == 1 && raw.IsEmpty) continue; // a blank line is not a row
                return true;
            }
        }
        catch (NotSupportedException)
        {
            // Sep's only refusal: a record longer than it buffers.
            throw RecordTooLong(_lastLine + 1);
        }
        line = 0;
        return false;
    }

    internal static InvalidInputException RecordTooLong(long line) => new(line,
        $"a record starting at or after this line is longer than {BatchLimits.MaxRecordChars / (1024 * 1024)} M characters; is a quote left unterminated?");

    /// <summary>True when the record holds quotes (it then needs the field check); throws when it opens a quote
    /// it never closes, naming the line where that quote is.</summary>
    private static bool HasQuotes(SepReader.Row row, long line)
    {
        var raw = row.Span;
        int quotes = raw.Count('"');
        if ((quotes & 1) != 0)
        {
            // Quote parity only goes odd at the end of the input: the last quote opened the field that never closes.
            long quoteLine = line + LineBreaks(raw[..raw.LastIndexOf('"')]);
            throw new InvalidInputException(quoteLine, "a quoted field starting on this line is never closed (unterminated quote).");
        }
        return quotes > 0;
    }

    private static bool HasMalformedField(SepReader.Row row)
    {
        for (int c = 0; c < row.ColCount; c++)
            if (!IsWellQuoted(row[c].Span)) return true;
        return false;
    }

    /// <summary>A field without quotes, or one quoted field: opening and closing quote, inner quotes doubled.</summary>
    internal static bool IsWellQuoted(ReadOnlySpan<char> raw)
    {
        int first = raw.IndexOf('"');
        if (first < 0) return true;
        if (first != 0 || raw.Length < 2 || raw[^1] != '"') return false;
        var inner = raw[1..^1];
        for (int i = inner.IndexOf('"'); i >= 0; i = inner.IndexOf('"'))
        {
            if (i + 1 >= inner.Length || inner[i + 1] != '"') return false;
            inner = inner[(i + 2)..];
        }
        return true;
    }

    /// <summary>The UTF-8 length of the field's text when it may exceed <paramref name="limit"/>, else 0 (most
    /// texts are far shorter: one UTF-16 character is at most 3 UTF-8 bytes, so no need to count).</summary>
    internal static long Utf8LengthIfOver(ReadOnlySpan<char> raw, int limit)
    {
        if ((long)raw.Length * 3 <= limit) return 0;
        if (raw.Length >= 2 && raw[0] == '"')
        {
            var inner = raw[1..^1];
            return Encoding.UTF8.GetByteCount(inner) - inner.Count('"') / 2; // each doubled quote is one
        }
        return Encoding.UTF8.GetByteCount(raw);
    }

    /// <summary>Copies a field's text into the chunk: without its quotes, inner quotes undoubled (a malformed
    /// row's fields verbatim).</summary>
    private static FieldRange Copy(ReadOnlySpan<char> raw, bool verbatim, RowChunk chunk, RowChunkPool pool, CancellationToken cancel)
    {
        if (raw.IsEmpty) return default;
        pool.EnsureRoom(chunk, raw.Length, cancel);
        var target = chunk.Next(raw.Length);
        int length = verbatim ? Verbatim(raw, target) : Unescape(raw, target);
        return chunk.Commit(length);
    }

    private static int Verbatim(ReadOnlySpan<char> raw, Span<char> target)
    {
        raw.CopyTo(target);
        return raw.Length;
    }

    private static int Unescape(ReadOnlySpan<char> raw, Span<char> target)
    {
        if (raw.Length < 2 || raw[0] != '"') return Verbatim(raw, target);
        var inner = raw[1..^1];
        int written = 0;
        for (int i = inner.IndexOf('"'); i >= 0; i = inner.IndexOf('"'))
        {
            inner[..(i + 1)].CopyTo(target[written..]); // up to and including the first quote of the pair
            written += i + 1;
            inner = inner[(i + 2)..];
        }
        inner.CopyTo(target[written..]);
        return written + inner.Length;
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        var chars = new char[raw.Length];
        return new string(chars, 0, Unescape(raw, chars));
    }

    internal static long LineBreaks(ReadOnlySpan<char> raw) => raw.Count('\n') + raw.Count('\r') - raw.Count("\r\n");

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    public void Dispose()
    {
        _parser?.Dispose();
        _text.Dispose();
    }
}
