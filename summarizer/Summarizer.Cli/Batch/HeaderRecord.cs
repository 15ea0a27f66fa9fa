namespace Summarizer.Cli.Batch;

/// <summary>
/// The header record, read off the input before the parser sees the rest. Sep fills its whole buffer
/// (tens of thousands of characters) before it parses a record, so on a pipe that is still open it would
/// sit on a header that has long arrived; reading the header here (splitting records the way Sep does: by
/// quote parity) lets the run check it and open its output at once. Blank lines before it are skipped.
/// </summary>
internal sealed record HeaderRecord(string Text, long Line, long LinesThrough, ReadOnlyMemory<char> Rest)
{
    /// <summary>The first non-blank record, or null when the input has none. <see cref="Line"/>: its first
    /// physical line; <see cref="LinesThrough"/>: lines consumed through its line break; <see cref="Rest"/>:
    /// characters read past it, which the parser must see first.</summary>
    public static HeaderRecord? Read(TextReader text, int maxChars)
    {
        var buffer = new char[4096];
        int length = 0, start = 0, i = 0;
        long blankLines = 0;
        bool quoted = false;
        while (true)
        {
            if (i >= length && !Fill(text, ref buffer, ref length, maxChars, blankLines))
            {
                // The end of the input: the header is what is left (it may run into it inside quotes).
                if (start == length) return null;
                var last = buffer.AsSpan(start, length - start);
                return new HeaderRecord(new string(last), blankLines + 1, blankLines + 1 + ReviewCsvReader.LineBreaks(last), ReadOnlyMemory<char>.Empty);
            }
            char c = buffer[i];
            if (c == '"') quoted = !quoted;
            if (quoted || (c != '\n' && c != '\r'))
            {
                i++;
                continue;
            }
            int end = i;
            // Only a CR needs the next character (CRLF is one break); reading it may wait on a pipe, so not otherwise.
            if (c == '\r' && i + 1 >= length) Fill(text, ref buffer, ref length, maxChars, blankLines);
            i += c == '\r' && i + 1 < length && buffer[i + 1] == '\n' ? 2 : 1;
            if (end == start)
            {
                blankLines++;
                start = i;
                continue;
            }
            var record = buffer.AsSpan(start, end - start);
            return new HeaderRecord(new string(record), blankLines + 1, blankLines + 1 + ReviewCsvReader.LineBreaks(record),
                buffer.AsMemory(i, length - i));
        }
    }

    /// <summary>Reads more (growing the buffer while the record is incomplete); false at the end of input.</summary>
    private static bool Fill(TextReader text, ref char[] buffer, ref int length, int maxChars, long blankLines)
    {
        if (length == buffer.Length)
        {
            if (buffer.Length >= maxChars) throw ReviewCsvReader.RecordTooLong(blankLines + 1);
            Array.Resize(ref buffer, Math.Min(maxChars, buffer.Length * 2));
        }
        int n = text.Read(buffer, length, buffer.Length - length);
        length += n;
        return n > 0;
    }
}
