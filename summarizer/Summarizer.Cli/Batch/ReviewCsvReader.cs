using System.Globalization;
using Summarizer.Cli.Input;
using CsvHelper;
using CsvHelper.Configuration;

namespace Summarizer.Cli.Batch;

/// <summary>
/// Reads the input CSV into <see cref="RowChunk"/>s with CsvHelper's parser. Only the id and text fields are
/// turned into strings (every field with --keep-columns). A file-level problem (invalid UTF-8, unterminated
/// quote, no header, no text column, empty input) throws <see cref="InvalidInputException"/> naming the line;
/// a problem confined to one row (wrong number of fields, stray quotes) becomes that row's error instead,
/// so no row is lost.
/// </summary>
public sealed class ReviewCsvReader : IDisposable
{
    /// <summary>A field longer than this is almost certainly an unterminated quote swallowing the file;
    /// stopping there also keeps memory bounded.</summary>
    public const int MaxFieldChars = 4 * 1024 * 1024;

    private readonly StrictUtf8Reader _text;
    private readonly CsvParser _parser;
    private readonly BatchColumns _columns;
    private long _lastLine;           // the last physical line of the previous record
    private bool _badData;            // set by the parser's callback when a field of the current record has bad quotes
    private bool _unterminatedQuote;  // ... and when that field opens a quote it never closes

    public string[] Header { get; }
    public int IdIndex { get; }
    public int TextIndex { get; }

    /// <summary>Bytes consumed from the input so far (for progress).</summary>
    public long BytesRead => _text.BytesRead;

    public ReviewCsvReader(Stream input, BatchColumns columns)
    {
        _columns = columns;
        _text = new StrictUtf8Reader(input);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BufferSize = 1 << 16,
            CacheFields = false,
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            MaxFieldSize = MaxFieldChars,
            BadDataFound = args =>
            {
                _badData = true;
                _unterminatedQuote |= IsUnterminatedQuotedField(args.Field);
            },
        };
        _parser = new CsvParser(_text, config);
        Header = ReadHeader();
        IdIndex = FindColumn(columns.IdColumn);
        TextIndex = FindColumn(columns.TextColumn);
    }

    private long _headerLine;

    private string[] ReadHeader()
    {
        if (!ReadRecord())
            throw new InvalidInputException(0, $"the input is empty; expected a header line naming the columns {_columns.IdColumn} and {_columns.TextColumn}.");
        var header = _parser.Record!;
        _headerLine = StartLineOfRecord();
        if (_unterminatedQuote)
            throw new InvalidInputException(_headerLine, "a quoted field starting on this line is never closed (unterminated quote).");
        if (_badData)
            throw new InvalidInputException(_headerLine, "the header line has malformed quotes.");
        _lastLine = _parser.RawRow;
        return header;
    }

    private int FindColumn(string name)
    {
        int index = Array.FindIndex(Header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            throw new InvalidInputException(_headerLine, $"the header has no '{name}' column (it has: {Shorten(string.Join(", ", Header), 200)}). " +
                "Is the header line missing? Use --id-column / --text-column to name other columns.");
        return index;
    }

    /// <summary>Fills <paramref name="chunk"/> with up to its capacity of rows; false when the input is exhausted.</summary>
    public bool ReadChunk(RowChunk chunk)
    {
        int n = 0;
        int fieldCount = Header.Length;
        while (n < chunk.Capacity && ReadRecord())
        {
            int count = _parser.Count;
            chunk.Ids[n] = IdIndex < count ? _parser[IdIndex] : "";
            chunk.Texts[n] = TextIndex < count ? _parser[TextIndex] : null;
            chunk.Fields[n] = _columns.KeepColumns ? _parser.Record : null;
            chunk.Errors[n] = null;
            chunk.Lines[n] = _lastLine + 1;
            CheckUnreadFields(count);
            if (_badData || count != fieldCount)
            {
                long line = StartLineOfRecord();
                chunk.Lines[n] = line;
                if (_unterminatedQuote)
                    throw new InvalidInputException(line, "a quoted field starting on this line is never closed (unterminated quote).");
                chunk.Texts[n] = null;
                chunk.Errors[n] = _badData
                    ? $"line {line}: malformed quotes (a quote inside an unquoted field or after a closing quote); row not summarized."
                    : $"line {line}: the row has {count} fields but the header has {fieldCount}; row not summarized.";
            }
            _lastLine = _parser.RawRow;
            n++;
        }
        chunk.Count = n;
        return n > 0;
    }

    /// <summary>
    /// The parser looks inside a field (and reports bad quotes) only when the field is read. An unterminated
    /// quote swallows the rest of the file into one field, which is then the record's last one, or leaves
    /// the record short of fields: reading the last field, or all of a short record, is enough to catch it.
    /// </summary>
    private void CheckUnreadFields(int count)
    {
        if (_columns.KeepColumns || count == 0) return;
        if (count != Header.Length)
            _ = _parser.Record;
        else if (count - 1 != TextIndex && count - 1 != IdIndex)
            _ = _parser[count - 1];
    }

    private bool ReadRecord()
    {
        _badData = false;
        _unterminatedQuote = false;
        try
        {
            return _parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            throw new InvalidInputException(_lastLine + 1,
                $"a field starting at or after this line is longer than {MaxFieldChars / (1024 * 1024)} M characters; is a quote left unterminated?");
        }
    }

    /// <summary>The physical line the current record starts on. Blank lines the parser skipped may come before
    /// it, so this needs the raw record as a string: done only where a message names the line.</summary>
    private long StartLineOfRecord()
    {
        var raw = _parser.RawRecord.AsSpan();
        // A record normally ends with its own line break, which belongs to its last line. A record that runs
        // into the end of the file inside quotes has no terminator: its trailing break is text of the field.
        if (!_unterminatedQuote)
            raw = raw.TrimEnd("\r\n");
        long breaks = raw.Count('\n') + raw.Count('\r') - raw.Count("\r\n");
        return _parser.RawRow - breaks;
    }

    /// <summary>True for a field that opens a quote and never closes it: an unescaped closing quote would
    /// have ended the quoted part, so it is unterminated when none is found before the field ends.</summary>
    internal static bool IsUnterminatedQuotedField(string field)
    {
        if (field.Length == 0 || field[0] != '"') return false;
        for (int i = 1; i < field.Length; i++)
        {
            if (field[i] != '"') continue;
            if (i + 1 < field.Length && field[i + 1] == '"') { i++; continue; }
            return false;
        }
        return true;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
