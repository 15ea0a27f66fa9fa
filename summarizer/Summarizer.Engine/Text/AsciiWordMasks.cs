using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summarizer.Engine.Text;

/// <summary>
/// <see cref="WordTokenizer"/>'s rules for a text of ASCII characters only (nearly every sentence of a review), as
/// bit masks computed sixteen characters at a time: bit i of the word mask is set when character i belongs to a word
/// (a letter or digit, or an apostrophe between a letter or digit and a letter), bit i of the apostrophe mask when it
/// is such an apostrophe. Words are then the runs of set bits (<see cref="NextWord"/>). The character-by-character
/// tokenizer branches on every character, and where words end is as good as random to the branch predictor; this
/// costs about one well-predicted branch per word instead.
/// </summary>
internal static class AsciiWordMasks
{
    /// <summary>Whether this machine computes the masks with SIMD (else the caller tokenizes character by character).</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <summary>Mask words needed for a text of <paramref name="length"/> characters.</summary>
    public static int BlocksFor(int length) => (length + 63) >> 6;

    /// <summary>Fills the masks of <paramref name="text"/> (each at least <see cref="BlocksFor"/> long); false, with the
    /// masks undefined, when the text holds a character outside ASCII. Bits past the text's end are clear.</summary>
    public static bool TryCompute(ReadOnlySpan<char> text, Span<ulong> words, Span<ulong> apostrophes)
    {
        int blocks = BlocksFor(text.Length);
        if (blocks == 0) return true;
        if (!TryRaw(text, 0, out var letters, out var alphanumerics, out var quotes)) return false;
        ulong carry = 0; // whether the last character of the previous block is a letter or digit
        for (int k = 0; k < blocks; k++)
        {
            ulong nextLetters = 0, nextAlphanumerics = 0, nextQuotes = 0;
            if (k + 1 < blocks && !TryRaw(text, k + 1, out nextLetters, out nextAlphanumerics, out nextQuotes)) return false;
            ulong afterWordCharacter = (alphanumerics << 1) | carry;          // bit i: character i - 1 is a letter or digit
            ulong beforeLetter = (letters >> 1) | (nextLetters << 63);          // bit i: character i + 1 is a letter
            ulong joining = quotes & afterWordCharacter & beforeLetter;
            words[k] = alphanumerics | joining;
            apostrophes[k] = joining;
            carry = alphanumerics >> 63;
            (letters, alphanumerics, quotes) = (nextLetters, nextAlphanumerics, nextQuotes);
        }
        return true;
    }

    /// <summary>The next word at or after <paramref name="from"/>: its start and end (exclusive); false when none is left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextWord(ReadOnlySpan<ulong> words, int from, out int start, out int end)
    {
        start = NextBit(words, from, set: true);
        end = start < words.Length * 64 ? NextBit(words, start, set: false) : start;
        return start < end;
    }

    /// <summary>How many words (runs of set bits) the word mask holds.</summary>
    public static int CountWords(ReadOnlySpan<ulong> words)
    {
        int count = 0;
        ulong carry = 0; // whether the last bit of the previous block is set
        foreach (ulong block in words)
        {
            count += BitOperations.PopCount(block & ~((block << 1) | carry)); // a word starts where a set bit follows a clear one
            carry = block >> 63;
        }
        return count;
    }

    /// <summary>Whether any bit of [start, end) is set.</summary>
    public static bool AnyIn(ReadOnlySpan<ulong> mask, int start, int end)
    {
        for (int p = start; p < end; p = (p | 63) + 1)
        {
            ulong bits = mask[p >> 6] >> (p & 63);
            int inBlock = Math.Min(end - p, 64 - (p & 63));
            if (inBlock < 64) bits &= (1UL << inBlock) - 1;
            if (bits != 0) return true;
        }
        return false;
    }

    /// <summary>The position of the first set (or clear) bit at or after <paramref name="from"/>; words.Length × 64 if none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextBit(ReadOnlySpan<ulong> words, int from, bool set)
    {
        int k = from >> 6;
        if (k >= words.Length) return words.Length * 64;
        ulong flip = set ? 0 : ulong.MaxValue;
        ulong bits = (words[k] ^ flip) & (ulong.MaxValue << (from & 63));
        while (bits == 0)
        {
            if (++k >= words.Length) return words.Length * 64;
            bits = words[k] ^ flip;
        }
        return (k << 6) + BitOperations.TrailingZeroCount(bits);
    }

    /// <summary>Block <paramref name="k"/>'s raw masks: letters, letters and digits, apostrophes; false on a non-ASCII character.</summary>
    private static bool TryRaw(ReadOnlySpan<char> text, int k, out ulong letters, out ulong alphanumerics, out ulong quotes)
    {
        letters = alphanumerics = quotes = 0;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Span<ushort> padded = stackalloc ushort[16];
        for (int part = 0; part < 4; part++)
        {
            int at = k * 64 + part * 16;
            if (at >= text.Length) break;
            Vector256<ushort> c;
            if (text.Length - at >= 16) c = Vector256.LoadUnsafe(ref first, (nuint)at);
            else
            {
                padded.Fill(' '); // neither a word character nor an apostrophe
                MemoryMarshal.Cast<char, ushort>(text[at..]).CopyTo(padded);
                c = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(padded));
            }
            if (Vector256.GreaterThanAny(c, Vector256.Create((ushort)0x7F))) return false;
            var isLetter = Vector256.LessThan((c | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
            var isDigit = Vector256.LessThan(c - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
            var isQuote = Vector256.Equals(c, Vector256.Create((ushort)'\''));
            int shift = part * 16;
            letters |= (ulong)isLetter.ExtractMostSignificantBits() << shift;
            alphanumerics |= (ulong)(isLetter | isDigit).ExtractMostSignificantBits() << shift;
            quotes |= (ulong)isQuote.ExtractMostSignificantBits() << shift;
        }
        return true;
    }
}
