using System.Buffers.Binary;
using System.Text;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// The symbol versions an ELF64 (little-endian) file requires from each shared library: its SHT_GNU_verneed
/// section (the "Version needs" readelf -V prints), e.g. libc.so.6 → GLIBC_2.34. The dynamic loader refuses to
/// start a program that needs a version the system's library does not define, so this is what decides whether
/// `bootstrap` starts on Amazon Linux 2023. Layout: System V gABI (section headers) and the LSB's symbol
/// versioning (Elf64_Verneed / Elf64_Vernaux). The function package's build checks it (a Native AOT link binds to
/// the deploying machine's glibc), and so do the package tests.
/// </summary>
public static class ElfVersionNeeds
{
    private const uint ShtGnuVerneed = 0x6ffffffe;

    public static bool IsElf(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return file.Read(magic) == 4 && magic.SequenceEqual(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' });
    }

    /// <summary>(library, version) pairs, e.g. ("libc.so.6", "GLIBC_2.34").</summary>
    public static IReadOnlyList<(string Library, string Version)> Read(string path)
    {
        var elf = File.ReadAllBytes(path);
        if (elf[4] != 2 || elf[5] != 1) throw new NotSupportedException($"{path}: not a little-endian ELF64 file.");
        ulong sectionTable = U64(elf, 0x28);
        int entrySize = U16(elf, 0x3A), count = U16(elf, 0x3C);
        var needs = new List<(string, string)>();
        for (int i = 0; i < count; i++)
        {
            int header = checked((int)sectionTable + i * entrySize);
            if (U32(elf, header + 4) != ShtGnuVerneed) continue;
            int offset = checked((int)U64(elf, header + 0x18));
            int linkedStrings = checked((int)U32(elf, header + 0x28));
            int strings = checked((int)U64(elf, checked((int)sectionTable + linkedStrings * entrySize) + 0x18));
            int entries = checked((int)U32(elf, header + 0x2C)); // sh_info: number of Verneed entries
            int need = offset;
            for (int n = 0; n < entries; n++)
            {
                var library = CString(elf, strings + (int)U32(elf, need + 4));
                int aux = need + (int)U32(elf, need + 8);
                for (int a = 0; a < U16(elf, need + 2); a++)
                {
                    needs.Add((library, CString(elf, strings + (int)U32(elf, aux + 8))));
                    aux += (int)U32(elf, aux + 12);
                }
                need += (int)U32(elf, need + 12);
            }
        }
        return needs;
    }

    /// <summary>The newest GLIBC_x.y a file needs, or null when it needs none.</summary>
    public static Version? NewestGlibc(string path) =>
        Read(path).Where(n => n.Version.StartsWith("GLIBC_", StringComparison.Ordinal) && char.IsDigit(n.Version[6]))
            .Select(n => Version.Parse(n.Version["GLIBC_".Length..])).DefaultIfEmpty().Max();

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));
    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
    private static ulong U64(byte[] b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at));

    private static string CString(byte[] b, int at) => Encoding.ASCII.GetString(b, at, Array.IndexOf(b, (byte)0, at) - at);
}
