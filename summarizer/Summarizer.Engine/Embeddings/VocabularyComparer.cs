using System.Numerics;
using System.Runtime.InteropServices;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// Ordinal word comparer with a cheap, fixed hash for the vocabulary dictionary (the default one uses
/// randomised Marvin hashing, ~2× slower per lookup). Randomisation guards a dictionary whose keys an
/// attacker chooses; here the keys are the embedding file's words, fixed at load, and hostile text only
/// performs lookups, so a fixed hash cannot be used to degrade it.
/// </summary>
internal sealed class VocabularyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static VocabularyComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);
    public int GetHashCode(string obj) => Hash(obj);
    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);
    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);
    public string Create(ReadOnlySpan<char> alternate) => new(alternate);

    /// <summary>Four characters at a time, multiply-rotate mixing, then a final avalanche.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        const ulong k1 = 0x9E3779B97F4A7C15UL, k2 = 0xC2B2AE3D27D4EB4FUL;
        ulong h = k1 ^ (ulong)word.Length;
        var blocks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (ulong block in blocks)
            h = BitOperations.RotateLeft(h ^ (block * k2), 31) * k1;
        for (int i = blocks.Length * 4; i < word.Length; i++)
            h = BitOperations.RotateLeft(h ^ (word[i] * k2), 31) * k1;
        h ^= h >> 33;
        h *= k2;
        h ^= h >> 29;
        return (int)h ^ (int)(h >> 32);
    }
}
