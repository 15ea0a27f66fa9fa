using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// Hashes what an artifact contains, independent of file timestamps and enumeration order, so an unchanged
/// build keeps its S3 key (no upload, no workflow update) and any changed file gives a new key.
/// </summary>
public static class ContentHash
{
    /// <summary>Over every file under <paramref name="directory"/>: relative path (with '/'), length, bytes.</summary>
    public static string OfDirectory(string directory) =>
        Of(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(directory, f).Replace('\\', '/'), (Func<Stream>)(() => File.OpenRead(f)))));

    /// <summary>Over every file entry of a zip: name, length, bytes.</summary>
    public static string OfZipEntries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return Of(zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => (e.FullName, (Func<Stream>)e.Open)));
    }

    /// <summary>SHA-256 of a file's bytes.</summary>
    public static string OfFile(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>The first <paramref name="length"/> hex digits: enough to tell builds apart, short in a key.</summary>
    public static string Short(string hash, int length = 16) => hash[..length];

    private static string Of(IEnumerable<(string Name, Func<Stream> Open)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, open) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var content = new MemoryStream();
            using (var stream = open()) stream.CopyTo(content);
            // Name and length delimit each file, so moving bytes between files changes the hash.
            sha.AppendData(Encoding.UTF8.GetBytes($"{name}\n{content.Length}\n"));
            sha.AppendData(content.GetBuffer(), 0, (int)content.Length);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
