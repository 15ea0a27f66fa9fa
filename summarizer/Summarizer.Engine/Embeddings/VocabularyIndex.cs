using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// Word → index of the embeddings' vocabulary: open addressing over one array of (hash, index) slots and the
/// words' characters in one flat array. Every word of every text is looked up (~100 per review), so this is
/// the engine's hottest table: a lookup is one hash, usually one probe whose stored hash already tells a miss,
/// and one span comparison, with no interface call (a <see cref="Dictionary{TKey, TValue}"/> alternate lookup
/// goes through its comparer's interface on every call, ~3× slower here). The hash is fixed, not randomised:
/// randomisation guards a table whose keys an attacker chooses, and these keys are the embedding file's words,
/// fixed at load; hostile text only performs lookups, so it cannot degrade the table.
/// </summary>
internal sealed class VocabularyIndex
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly char[] _chars;
    /// <summary>Word i's characters are _chars[_starts[i] .. _starts[i + 1]).</summary>
    private readonly int[] _starts;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public int Hash;
        /// <summary>The word's index + 1; 0 marks an empty slot.</summary>
        public int IndexPlusOne;
    }

    /// <summary>Indexes <paramref name="words"/>; on duplicates the first (most frequent) wins.</summary>
    public VocabularyIndex(ReadOnlySpan<string> words)
    {
        long totalChars = 0;
        foreach (var word in words) totalChars += word.Length;
        _chars = new char[totalChars];
        _starts = new int[words.Length + 1];
        int at = 0;
        for (int i = 0; i < words.Length; i++)
        {
            _starts[i] = at;
            words[i].CopyTo(_chars.AsSpan(at));
            at += words[i].Length;
        }
        _starts[words.Length] = at;

        // At most half full, so probe runs stay short.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Length * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        for (int i = 0; i < words.Length; i++)
        {
            int hash = Hash(words[i]);
            int s = hash & _mask;
            bool duplicate = false;
            while (_slots[s].IndexPlusOne != 0)
            {
                if (_slots[s].Hash == hash && WordAt(_slots[s].IndexPlusOne - 1).SequenceEqual(words[i])) { duplicate = true; break; }
                s = (s + 1) & _mask;
            }
            if (!duplicate) _slots[s] = new Slot { Hash = hash, IndexPlusOne = i + 1 };
        }
    }

    /// <summary>The index of <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word)
    {
        int hash = Hash(word);
        var slots = _slots;
        int s = hash & _mask;
        while (true)
        {
            ref var slot = ref slots[s];
            int entry = slot.IndexPlusOne;
            if (entry == 0) return -1;
            if (slot.Hash == hash && WordAt(entry - 1).SequenceEqual(word)) return entry - 1;
            s = (s + 1) & _mask;
        }
    }

    private ReadOnlySpan<char> WordAt(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

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
