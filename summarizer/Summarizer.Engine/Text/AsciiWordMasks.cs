using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Summarizer.Engine.Text;

/// <summary>
/// <see cref="WordTokenizer"/>'s rules for a text of ASCII characters only (nearly every sentence of a review), as
/// bit masks computed sixteen characters at a time: bit i of the word mask is set when character i belongs to a word
/// (a letter or digit, or an apostrophe between a letter or digit and a letter), bit i of the apostrophe mask when it
/// is such an apostrophe. Words are then the runs of set bits (<see cref="WordBounds"/>). The character-by-character
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

    /// <summary>The most words a text of <paramref name="length"/> characters holds (every other character a word).</summary>
    public static int MostWords(int length) => length / 2 + 1;

    /// <summary>Every word's start and end (exclusive) in the word mask, in order, into <paramref name="starts"/> and
    /// <paramref name="ends"/> (each with room for <see cref="MostWords"/> of the text); returns how many. Each block's
    /// word edges come out by counting trailing zeros, one loop turn per edge: no search per word.</summary>
    public static int WordBounds(ReadOnlySpan<ulong> words, Span<int> starts, Span<int> ends)
    {
        int count = 0, ended = 0;
        ulong carry = 0; // whether the last bit of the previous block is set
        for (int k = 0; k < words.Length; k++)
        {
            ulong block = words[k], before = InWordBefore(block, carry);
            ulong first = block & ~before, past = ~block & before;
            for (; first != 0; first &= first - 1) starts[count++] = (k << 6) + BitOperations.TrailingZeroCount(first);
            for (; past != 0; past &= past - 1) ends[ended++] = (k << 6) + BitOperations.TrailingZeroCount(past);
            carry = block >> 63;
        }
        if (carry != 0) ends[ended] = words.Length << 6; // a word running to the mask's last bit
        return count;
    }

    /// <summary>How many words (runs of set bits) the word mask holds.</summary>
    public static int CountWords(ReadOnlySpan<ulong> words)
    {
        int count = 0;
        ulong carry = 0; // whether the last bit of the previous block is set
        foreach (ulong block in words)
        {
            count += BitOperations.PopCount(block & ~InWordBefore(block, carry)); // a word starts where a set bit follows a clear one
            carry = block >> 63;
        }
        return count;
    }

    /// <summary>Bit i: character i − 1 is in a word (<paramref name="carry"/>: the previous block's last bit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InWordBefore(ulong block, ulong carry) => (block << 1) | carry;

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
