using System.Runtime.InteropServices;
using System.Text;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// The engine's binary word-vector format: what a parsed GloVe text file becomes, so loading is a few bulk reads
/// instead of parsing millions of decimal numbers. One format serves three uses: the bundled default vectors (in
/// the engine assembly), model artifacts (`summarizer embeddings`, the artifacts bucket) and the cache written
/// beside a GloVe text file. A cache records the length and modification time of the text it came from; a
/// standalone file records none.
/// Layout, little-endian: magic "SUMEMBv1", format version (int32), dimension (int32), word count (int32), source
/// length (int64, -1 when standalone), source modification time in UTC ticks (int64), content hash (32 bytes,
/// SHA-256 of words and vectors, <see cref="WordEmbeddings.ContentHash"/>), length of the word bytes (int32), the
/// words as UTF-8 each ending in '\n' (file order, most frequent first), then count × dimension float32 values.
/// </summary>
public static class EmbeddingsFile
{
    /// <summary>The extension `summarizer embeddings` suggests for a standalone file.</summary>
    public const string Extension = ".sumemb";

    private static ReadOnlySpan<byte> Magic => "SUMEMBv1"u8;
    private const int FormatVersion = 1;
    private const long NoSource = -1;

    /// <summary>The GloVe text file a cache was made from, as it was then.</summary>
    internal readonly record struct SourceStamp(long Length, long LastWriteTicks)
    {
        public static SourceStamp Of(FileInfo source) => new(source.Length, source.LastWriteTimeUtc.Ticks);
    }

    /// <summary>Whether <paramref name="path"/> starts like this format (else it is taken for GloVe text).</summary>
    public static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[Magic.Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(Magic);
    }

    /// <summary>Writes <paramref name="embeddings"/> as a standalone file, atomically.</summary>
    public static void Save(WordEmbeddings embeddings, string path) => WriteAtomically(embeddings, path, stamp: null);

    /// <summary>Reads a binary file. With <paramref name="verifyContentHash"/> the vectors are checked against the
    /// content hash the file records (a SHA-256 pass over them), so a damaged or altered file is refused rather than
    /// summarizing with wrong vectors; without it, the caller vouches for the bytes (a deployment package whose
    /// integrity its platform checks).</summary>
    public static WordEmbeddings Read(string path, bool verifyContentHash)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var embeddings = Read(stream, path, out _);
        if (!verifyContentHash) return embeddings;
        var actual = WordEmbeddings.ComputeContentHash(embeddings.Words, embeddings.AllVectors, embeddings.Dimension);
        if (actual != embeddings.ContentHash)
            throw new InvalidDataException($"{path}: damaged embeddings file: its content hash is {actual}, the file records {embeddings.ContentHash}.");
        return embeddings;
    }

    /// <summary>Reads the format from <paramref name="stream"/>; throws <see cref="InvalidDataException"/> naming
    /// <paramref name="sourceName"/> for anything that is not a complete file of this format. The content hash is
    /// taken as recorded (see <see cref="Read(string, bool)"/>).</summary>
    internal static WordEmbeddings Read(Stream stream, string sourceName, out SourceStamp? stamp)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            Span<byte> magic = stackalloc byte[Magic.Length];
            stream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic)) throw Damaged(sourceName, "not a summarizer embeddings file");
            if (reader.ReadInt32() is var version && version != FormatVersion)
                throw Damaged(sourceName, $"format version {version}, this program reads {FormatVersion}");
            int dimension = reader.ReadInt32(), count = reader.ReadInt32();
            long sourceLength = reader.ReadInt64(), sourceTicks = reader.ReadInt64();
            stamp = sourceLength == NoSource ? null : new SourceStamp(sourceLength, sourceTicks);
            string hash = System.Convert.ToHexStringLower(reader.ReadBytes(32));
            int wordBytesLength = reader.ReadInt32();
            if (dimension <= 0 || count <= 0 || wordBytesLength < count || hash.Length != 64)
                throw Damaged(sourceName, "impossible header");
            var wordBytes = new byte[wordBytesLength];
            stream.ReadExactly(wordBytes);
            var words = new string[count];
            int w = 0;
            foreach (var range in wordBytes.AsSpan().Split((byte)'\n'))
            {
                if (w == count) break;
                words[w++] = Encoding.UTF8.GetString(wordBytes.AsSpan(range));
            }
            if (w != count || wordBytes[^1] != (byte)'\n') throw Damaged(sourceName, $"{w} words where the header says {count}");
            var vectors = new float[checked((long)count * dimension)];
            stream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
            if (stream.ReadByte() >= 0) throw Damaged(sourceName, "bytes after the last vector");
            return new WordEmbeddings(words, vectors, dimension, hash);
        }
        catch (EndOfStreamException)
        {
            throw Damaged(sourceName, "the file ends early");
        }
    }

    internal static void Write(WordEmbeddings embeddings, Stream stream, SourceStamp? stamp)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(embeddings.Dimension);
        writer.Write(embeddings.Count);
        writer.Write(stamp?.Length ?? NoSource);
        writer.Write(stamp?.LastWriteTicks ?? 0L);
        writer.Write(System.Convert.FromHexString(embeddings.ContentHash));
        var words = embeddings.Words;
        int wordBytes = 0;
        foreach (var word in words) wordBytes += Encoding.UTF8.GetByteCount(word) + 1;
        writer.Write(wordBytes);
        foreach (var word in words)
        {
            writer.Write(Encoding.UTF8.GetBytes(word));
            writer.Write((byte)'\n');
        }
        writer.Flush();
        stream.Write(MemoryMarshal.AsBytes(embeddings.AllVectors));
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/>, then renames it: a reader never sees half a
    /// file. IO errors propagate; the temporary file is removed.</summary>
    internal static void WriteAtomically(WordEmbeddings embeddings, string path, SourceStamp? stamp)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                Write(embeddings, stream, stamp);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            throw;
        }
    }

    private static InvalidDataException Damaged(string sourceName, string what) =>
        new($"{sourceName}: not a usable summarizer embeddings file ({what}).");
}
