using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// A compact binary copy of a parsed GloVe text file, so a 1.2M-word file is parsed once and later
/// loads are a few bulk reads. It sits next to the source (<c>NAME.summarizer-cache</c>) or, when that
/// folder is read-only, in the user's cache folder. It records the source's length and modification
/// time and is ignored (and rewritten) when either changed. A cache problem never fails a load: the
/// cache is only an optimisation, so the text file is the fallback.
/// Layout (little-endian): magic, version, dimension, count, source length, source mtime ticks,
/// content hash (32 bytes), word-bytes length, words as UTF-8 each ending in '\n', then the floats.
/// </summary>
internal static class EmbeddingCache
{
    private static ReadOnlySpan<byte> Magic => "SUMEMBv1"u8;
    private const int Version = 1;
    public const string Extension = ".summarizer-cache";

    /// <summary>Where a cache for <paramref name="sourcePath"/> may live, most preferred first.</summary>
    public static IEnumerable<string> CandidatePaths(string sourcePath, string? cacheDirectory)
    {
        var full = Path.GetFullPath(sourcePath);
        yield return full + Extension;
        var dir = cacheDirectory ?? DefaultCacheDirectory();
        // The full path's hash keeps same-named files from different folders apart.
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        yield return Path.Combine(dir, $"{Path.GetFileName(full)}-{tag}{Extension}");
    }

    public static string DefaultCacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("SUMMARIZER_CACHE_DIR");
        if (!string.IsNullOrEmpty(configured)) return configured;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg)) return Path.Combine(xdg, "summarizer");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home)
            ? Path.Combine(Path.GetTempPath(), "summarizer-cache")
            : Path.Combine(home, ".cache", "summarizer");
    }

    public static WordEmbeddings? TryRead(string cachePath, FileInfo source)
    {
        try
        {
            if (!File.Exists(cachePath)) return null;
            using var stream = new FileStream(cachePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) return null;
            if (reader.ReadInt32() != Version) return null;
            int dimension = reader.ReadInt32(), count = reader.ReadInt32();
            long length = reader.ReadInt64(), ticks = reader.ReadInt64();
            if (length != source.Length || ticks != source.LastWriteTimeUtc.Ticks) return null;
            string hash = Convert.ToHexStringLower(reader.ReadBytes(32));
            int wordBytesLength = reader.ReadInt32();
            if (dimension <= 0 || count <= 0 || wordBytesLength < count) return null;
            var wordBytes = reader.ReadBytes(wordBytesLength);
            if (wordBytes.Length != wordBytesLength) return null;
            var words = new string[count];
            int w = 0;
            foreach (var range in wordBytes.AsSpan().Split((byte)'\n'))
            {
                if (w == count) break;
                words[w++] = Encoding.UTF8.GetString(wordBytes.AsSpan(range));
            }
            if (w != count) return null;
            var vectors = new float[(long)count * dimension];
            stream.ReadExactly(MemoryMarshal.AsBytes(vectors.AsSpan()));
            if (stream.Position != stream.Length) return null;
            return new WordEmbeddings(words, vectors, dimension, hash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException)
        {
            return null; // a damaged or unreadable cache only costs a re-parse
        }
    }

    /// <summary>Writes atomically (temporary file, then rename); returns the path written or null.</summary>
    public static string? TryWrite(WordEmbeddings embeddings, FileInfo source, IEnumerable<string> candidatePaths)
    {
        foreach (var path in candidatePaths)
        {
            if (IsMarkedReadOnly(Path.GetDirectoryName(path)!)) continue;
            string temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                using (var writer = new BinaryWriter(stream))
                {
                    writer.Write(Magic);
                    writer.Write(Version);
                    writer.Write(embeddings.Dimension);
                    writer.Write(embeddings.Count);
                    writer.Write(source.Length);
                    writer.Write(source.LastWriteTimeUtc.Ticks);
                    writer.Write(Convert.FromHexString(embeddings.ContentHash));
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
                File.Move(temp, path, overwrite: true);
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp); // read-only folder or full disk: try the next place, else do without a cache
            }
        }
        return null;
    }

    /// <summary>A folder without any write permission bit (shared read-only data) gets no cache file even
    /// when the process could write there anyway (root ignores permission bits).</summary>
    private static bool IsMarkedReadOnly(string folder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(folder)) return false;
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(folder) & anyWrite) == 0;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
