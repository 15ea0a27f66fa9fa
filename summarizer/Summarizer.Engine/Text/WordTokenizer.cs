using System.Runtime.CompilerServices;

namespace Summarizer.Engine.Text;

/// <summary>
/// Finds the words of a sentence without allocating: runs of letters and digits, keeping inner
/// apostrophes ("don't"), splitting on hyphens and every other symbol; each CJK ideograph or kana is a
/// word of its own (those scripts do not put spaces between words). Emoji and punctuation are skipped.
/// </summary>
internal ref struct WordTokenizer(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    /// <summary>The start and length (within the text) of the next word.</summary>
    public bool Next(out int start, out int length)
    {
        var t = _text;
        int i = _position;
        while (i < t.Length && !IsWordChar(t[i])) i++;
        if (i >= t.Length)
        {
            _position = i;
            start = length = 0;
            return false;
        }
        start = i;
        if (IsCjk(t[i]))
        {
            _position = i + 1;
            length = 1;
            return true;
        }
        i++;
        while (i < t.Length)
        {
            char c = t[i];
            if (c < 0x80)
            {
                // ASCII, nearly every character of a review: no Unicode category lookup, never CJK.
                if (char.IsAsciiLetterOrDigit(c)) { i++; continue; }
                if (c != '\'') break;
            }
            else if (char.IsLetterOrDigit(c) && !IsCjk(c)) { i++; continue; }
            if (IsApostrophe(c) && i + 1 < t.Length && char.IsLetter(t[i + 1]) && !IsCjk(t[i + 1])) { i += 2; continue; }
            break;
        }
        _position = i;
        length = i - start;
        return true;
    }

    /// <summary>
    /// <see cref="Next"/> and <see cref="Normalize"/> in one pass (the engine's hot loop): finds the next word and
    /// writes its lookup form into <paramref name="destination"/> (at least as long as the text left). Returns
    /// false at the end of the text.
    /// </summary>
    public bool NextLookupForm(Span<char> destination, out int formLength, out int apostrophe)
    {
        var t = _text;
        int i = _position;
        while (i < t.Length && !IsWordChar(t[i])) i++;
        apostrophe = -1;
        formLength = 0;
        if (i >= t.Length)
        {
            _position = i;
            return false;
        }
        char c = t[i];
        if (IsCjk(c))
        {
            destination[0] = char.ToLowerInvariant(c);
            _position = i + 1;
            formLength = 1;
            return true;
        }
        int n = 0;
        while (true)
        {
            destination[n++] = LowerCase(c);
            if (++i >= t.Length) break;
            c = t[i];
            if (c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) && !IsCjk(c)) continue;
            if (IsApostrophe(c) && i + 1 < t.Length && char.IsLetter(t[i + 1]) && !IsCjk(t[i + 1]))
            {
                if (apostrophe < 0) apostrophe = n;
                c = t[++i]; // the letter after the apostrophe is the word's next character
                continue;
            }
            break;
        }
        _position = i;
        formLength = n;
        return true;
    }

    /// <summary>Letter or digit, with ASCII (nearly every character of a review) decided by a range check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsCjk(char c) =>
        c >= '\u3040' && (c <= '\u30FF' || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF'));

    /// <summary>
    /// Writes the lookup form of a word into <paramref name="destination"/> (at least word.Length long; it may be the
    /// word itself, as no character is written before it is read):
    /// lower case, apostrophes removed ("Don't" → "dont", "I'm" → "im", matching the GloVe Twitter
    /// vocabulary). Returns its length and, through <paramref name="apostrophe"/>, where the first apostrophe
    /// was in the result (-1 if none) so the caller can fall back to the part before it ("mike's" → "mike").
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination, out int apostrophe)
    {
        apostrophe = -1;
        int n = 0;
        foreach (char c in word)
        {
            if (IsApostrophe(c))
            {
                if (apostrophe < 0) apostrophe = n;
                continue;
            }
            destination[n++] = LowerCase(c);
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LowerCase(char c) => c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
}
