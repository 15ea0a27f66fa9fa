using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// A compact binary copy of a parsed GloVe text file, so a 1.2M-word file is parsed once and later
/// loads are a few bulk reads. It sits next to the source (<c>NAME.summarizer-cache</c>) or, when that
/// folder is read-only, in the user's cache folder. It records the source's length and modification
/// time and is ignored (and rewritten) when either changed. A cache problem never fails a load: the
/// cache is only an optimisation, so the text file is the fallback.
/// The file is in <see cref="EmbeddingsFile"/>'s format, stamped with its source.
/// </summary>
internal static class EmbeddingCache
{
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
            var cached = EmbeddingsFile.Read(stream, cachePath, out var stamp);
            return stamp == EmbeddingsFile.SourceStamp.Of(source) ? cached : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
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
            try
            {
                EmbeddingsFile.WriteAtomically(embeddings, path, EmbeddingsFile.SourceStamp.Of(source));
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // read-only folder or full disk: try the next place, else do without a cache
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
}
