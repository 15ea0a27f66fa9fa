using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// Reads the standard GloVe text format (<c>word v1 ... vD</c> per line, any dimension D, UTF-8),
/// tolerating a word2vec-style <c>count dim</c> header line, CRLF endings and words that contain spaces
/// (the last D fields are the vector). Words are lower-cased; on duplicates the first line wins.
/// Works on UTF-8 bytes in large blocks so a 1.2M-word file is parsed without a string per line.
/// </summary>
internal static class GloveTextReader
{
    // Fully optimised at once: this loop runs once per process (Lambda cold start: the bundled file), so
    // tier-0 code would never be replaced in time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordEmbeddings Read(Stream stream, string sourceName)
    {
        var words = new List<string>(16 * 1024);
        var vectors = new List<float>(16 * 1024 * 25);
        int dimension = 0;
        long lineNumber = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        char[] wordChars = new char[256];
        float[] row = [];

        foreach (var line in Lines(stream))
        {
            lineNumber++;
            var text = line.Span.TrimEnd("\r\n "u8);
            if (text.IsEmpty) continue;
            if (dimension <= 0)
            {
                int fields = CountFields(text);
                if (lineNumber == 1 && fields == 2 && IsWord2VecHeader(text))
                {
                    // "count dim": trust its dimension, so words with spaces parse from the first line.
                    dimension = int.Parse(text[(text.LastIndexOf((byte)' ') + 1)..], CultureInfo.InvariantCulture);
                    row = new float[Math.Max(dimension, 1)];
                    continue;
                }
                dimension = fields - 1;
                if (dimension < 1) throw Bad(sourceName, lineNumber, "expected a word followed by numbers");
                row = new float[dimension];
            }

            // The last `dimension` fields are numbers; everything before them is the word.
            int end = text.Length;
            for (int d = dimension - 1; d >= 0; d--)
            {
                int space = text[..end].LastIndexOf((byte)' ');
                if (space < 0) throw Bad(sourceName, lineNumber, $"expected {dimension} numbers after the word");
                var field = text[(space + 1)..end];
                if (!float.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) || !float.IsFinite(value))
                    throw Bad(sourceName, lineNumber, $"'{Encoding.UTF8.GetString(field)}' is not a finite number");
                row[d] = value;
                end = space;
            }
            var wordBytes = text[..end].TrimEnd((byte)' ');
            if (wordBytes.IsEmpty) throw Bad(sourceName, lineNumber, $"expected a word and {dimension} numbers");

            if (wordChars.Length < wordBytes.Length) wordChars = new char[wordBytes.Length * 2];
            int n = Encoding.UTF8.GetChars(wordBytes, wordChars);
            var word = wordChars.AsSpan(0, n);
            for (int i = 0; i < word.Length; i++) word[i] = char.ToLowerInvariant(word[i]);
            if (seenLookup.Contains(word)) continue;
            var s = new string(word);
            seen.Add(s);
            words.Add(s);
            vectors.AddRange(row);
        }
        if (words.Count == 0) throw new InvalidDataException($"{sourceName}: no word vectors found (expected GloVe text: 'word v1 ... vD' per line).");
        return new WordEmbeddings([.. words], [.. vectors], dimension);
    }

    private static InvalidDataException Bad(string source, long line, string what) =>
        new($"{source}, line {line}: not GloVe text format: {what}.");

    private static int CountFields(ReadOnlySpan<byte> line)
    {
        int fields = 0;
        foreach (var range in line.Split((byte)' '))
            if (range.End.Value > range.Start.Value) fields++;
        return fields;
    }

    private static bool IsWord2VecHeader(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
            if (b != ' ' && (b < '0' || b > '9')) return false;
        return true;
    }

    /// <summary>Yields each line (without its '\n') from large pooled blocks; a line is valid until the next yield.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(Stream stream)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int start = 0, filled = 0;
            bool atStart = true;
            while (true)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                    start = 0;
                }
                if (filled == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                if (atStart && filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3; // UTF-8 BOM
                atStart = false;
                while (true)
                {
                    int nl = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n');
                    if (nl < 0) break;
                    yield return new ReadOnlyMemory<byte>(buffer, start, nl);
                    start += nl + 1;
                }
                if (read == 0)
                {
                    if (filled > start) yield return new ReadOnlyMemory<byte>(buffer, start, filled - start);
                    yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
