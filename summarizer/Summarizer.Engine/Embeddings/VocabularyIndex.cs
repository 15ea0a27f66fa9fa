using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// Word → index of the embeddings' vocabulary: open addressing over one array of slots, each holding its word's
/// length and first eight characters, and the longer words' characters in one flat array. Every word of every text
/// is looked up (~75 per review), so this is the engine's hottest table. Word lengths vary at random, and on this
/// workload a branch that depends on the length costs more than the rest of a lookup (a mispredicted branch is
/// ~15 cycles): so a word of up to eight characters (nearly all of them) is read as two masked 64-bit loads,
/// hashed and compared without a loop (<see cref="IndexOf(ReadOnlySpan{char}, int, int)"/>).
/// The hash is fixed, not randomised: randomisation guards a table whose keys an attacker chooses, and these keys
/// are the embedding file's words, fixed at load; hostile text only performs lookups, so it cannot degrade the table.
/// </summary>
internal sealed class VocabularyIndex
{
    /// <summary>Characters a slot holds (and the slack a padded lookup may read past a word's end).</summary>
    public const int HeadChars = 8;

    // Odd 64-bit multipliers with well-spread bits (the golden ratio's and one of xxHash's primes).
    private const ulong MixA = 0x9E3779B97F4A7C15UL, MixB = 0xC2B2AE3D27D4EB4FUL;

    private readonly Slot[] _slots;
    private readonly int _mask;
    /// <summary>64 − log2(slots): a slot is the top bits of the hash.</summary>
    private readonly int _shift;
    private readonly char[] _chars;
    /// <summary>Word i's characters are _chars[_starts[i] .. _starts[i + 1]).</summary>
    private readonly int[] _starts;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        /// <summary>Characters 0-3 and 4-7 of the word, zero beyond its end.</summary>
        public ulong Low, High;
        public int Length;
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
        _shift = 64 - BitOperations.Log2((uint)size);
        for (int i = 0; i < words.Length; i++)
        {
            var word = words[i].AsSpan();
            (ulong low, ulong high) = SafeHead(word);
            int s = (int)(Hash(low, high, word) >> _shift);
            bool duplicate = false;
            while (_slots[s].IndexPlusOne != 0)
            {
                if (Matches(in _slots[s], low, high, word)) { duplicate = true; break; }
                s = (s + 1) & _mask;
            }
            if (!duplicate) _slots[s] = new Slot { Low = low, High = high, Length = word.Length, IndexPlusOne = i + 1 };
        }
    }

    /// <summary>The index of <paramref name="word"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        (ulong low, ulong high) = SafeHead(word);
        return Find(low, high, word);
    }

    /// <summary>The index of the word <paramref name="text"/>[start .. start + length), or -1. The fast path: when
    /// <paramref name="text"/> holds at least <see cref="HeadChars"/> characters from <paramref name="start"/> (any
    /// characters past the word: they are masked off), the word's head is read without a loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> text, int start, int length)
    {
        var word = text.Slice(start, length);
        if (text.Length - start < HeadChars) return IndexOf(word);
        ref byte head = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        ulong low = Unsafe.ReadUnaligned<ulong>(ref head) & KeepChars(length);
        ulong high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref head, 8)) & KeepChars(length - 4);
        return Find(low, high, word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong low, ulong high, ReadOnlySpan<char> word)
    {
        var slots = _slots;
        int s = (int)(Hash(low, high, word) >> _shift);
        while (true)
        {
            ref var slot = ref slots[s];
            if (slot.IndexPlusOne == 0) return -1;
            if (Matches(in slot, low, high, word)) return slot.IndexPlusOne - 1;
            s = (s + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Matches(in Slot slot, ulong low, ulong high, ReadOnlySpan<char> word) =>
        ((slot.Low ^ low) | (slot.High ^ high) | (uint)(slot.Length ^ word.Length)) == 0
        && (word.Length <= HeadChars || WordAt(slot.IndexPlusOne - 1)[HeadChars..].SequenceEqual(word[HeadChars..]));

    private ReadOnlySpan<char> WordAt(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>A mask keeping the first <paramref name="chars"/> (clamped to 0..4) characters of a 64-bit load.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeepChars(int chars) =>
        // Min/Max compile to conditional moves: the length of a word is no branch to predict.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(CharMasks), Math.Min(Math.Max(chars, 0), 4));

    // An array, not a `ReadOnlySpan<ulong> => [...]` property: only optimized code reads such a span straight from the
    // assembly's data; unoptimized code (a Debug build, as mutation testing uses) allocates a field handle per call,
    // that is per word.
    private static readonly ulong[] CharMasks = [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue];

    private static (ulong Low, ulong High) SafeHead(ReadOnlySpan<char> word)
    {
        Span<char> padded = stackalloc char[HeadChars];
        padded.Clear();
        word[..Math.Min(word.Length, HeadChars)].CopyTo(padded);
        var blocks = MemoryMarshal.Cast<char, ulong>(padded);
        return (blocks[0], blocks[1]);
    }

    /// <summary>Length and head mixed without a loop (two independent multiplies, then one that spreads every input
    /// bit into the top bits the slot is taken from); the characters past the head (long words only) four at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ulong low, ulong high, ReadOnlySpan<char> word)
    {
        ulong h = (low * MixA) ^ BitOperations.RotateLeft(high * MixB, 29) ^ (ulong)word.Length;
        if (word.Length > HeadChars) h = HashRest(h, word[HeadChars..]);
        return (h ^ (h >> 31)) * MixA;
    }

    private static ulong HashRest(ulong h, ReadOnlySpan<char> rest)
    {
        var blocks = MemoryMarshal.Cast<char, ulong>(rest);
        foreach (ulong block in blocks)
            h = BitOperations.RotateLeft(h ^ (block * MixB), 31) * MixA;
        for (int i = blocks.Length * 4; i < rest.Length; i++)
            h = BitOperations.RotateLeft(h ^ (rest[i] * MixB), 31) * MixA;
        return h;
    }
}
