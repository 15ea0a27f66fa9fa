using System.Buffers.Binary;
using System.IO.Compression;
using Summarizer.Function;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// Writes a function package: every file of a publish folder at the zip root, sorted, with fixed timestamps (the same
/// files give the same bytes), and Unix modes that Lambda applies when it unpacks: 755 for the `bootstrap` it must
/// execute, 644 for the rest. The modes are written the same on every OS the deployment may run on: a zip made on
/// Windows would otherwise say "made by FAT", and its mode bits would be ignored.
/// </summary>
public static class LambdaZip
{
    public const UnixFileMode ExecutableMode = (UnixFileMode)0b111_101_101; // 755
    public const UnixFileMode FileMode = (UnixFileMode)0b110_100_100;       // 644

    // Zip "external attributes" hold the Unix st_mode in the upper 16 bits; 0x8000 marks a regular file.
    private const int RegularFile = 0x8000;
    private const byte MadeByUnix = 3;

    public static void Write(string directory, string zipPath)
    {
        if (File.Exists(zipPath)) File.Delete(zipPath);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                var mode = name == LambdaDeployment.ExecutableName ? ExecutableMode : FileMode;
                entry.ExternalAttributes = (RegularFile | (int)mode) << 16;
                using var source = File.OpenRead(path);
                using var target = entry.Open();
                source.CopyTo(target);
            }
        }
        MarkEntriesMadeByUnix(zipPath);
    }

    /// <summary>The Unix mode of an entry, as an unzipper that honours Unix attributes reads it.</summary>
    public static UnixFileMode? ModeOf(ZipArchiveEntry entry) =>
        (entry.ExternalAttributes >> 16) is var attributes and not 0 ? (UnixFileMode)(attributes & 0b111_111_111) : null;

    // "Version made by" (central directory header, offset 4; high byte = host system) tells unzippers how to read
    // the external attributes. APPNOTE.TXT 4.4.2: 3 = UNIX. .NET writes its own OS there.
    private static void MarkEntriesMadeByUnix(string zipPath)
    {
        var bytes = File.ReadAllBytes(zipPath);
        var end = LastIndexOf(bytes, 0x06054b50);
        if (end < 0) throw new InvalidDataException($"{zipPath}: no end of central directory record.");
        int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(end + 10));
        int offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        for (int i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) != 0x02014b50)
                throw new InvalidDataException($"{zipPath}: central directory entry {i} not where expected.");
            bytes[offset + 5] = MadeByUnix;
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 28));
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 30));
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset + 32));
            offset += 46 + nameLength + extraLength + commentLength;
        }
        File.WriteAllBytes(zipPath, bytes);
    }

    private static int LastIndexOf(byte[] bytes, uint signature)
    {
        for (int i = bytes.Length - 22; i >= 0; i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == signature) return i;
        return -1;
    }
}
