using System.Net;

namespace Summarizer.Engine.Text;

/// <summary>Decodes one HTML character reference (<c>&amp;name;</c>, <c>&amp;#123;</c>, <c>&amp;#x1F600;</c>).</summary>
internal static class HtmlEntities
{
    // The references that actually occur in review text, decoded without allocating; any other
    // well-formed named reference goes through WebUtility (rare, so its allocation does not matter).
    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ",
        ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["hellip"] = "\u2026", ["rsquo"] = "\u2019",
        ["lsquo"] = "\u2018", ["rdquo"] = "\u201D", ["ldquo"] = "\u201C", ["eacute"] = "\u00E9",
        ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["trade"] = "\u2122", ["deg"] = "\u00B0",
    };
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup =
        Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxNameLength = 32;

    /// <summary>
    /// If <paramref name="text"/> starts with a well-formed reference ('&amp;' ... ';'), writes its characters
    /// to <paramref name="decoded"/> (room for 2) and returns the reference's length; otherwise 0.
    /// </summary>
    public static int TryDecode(ReadOnlySpan<char> text, Span<char> decoded, out int decodedLength)
    {
        decodedLength = 0;
        if (text.Length < 3 || text[0] != '&') return 0;
        int semi = text[1..Math.Min(text.Length, MaxNameLength + 2)].IndexOf(';') + 1;
        if (semi <= 1) return 0;
        var body = text[1..semi];
        if (body[0] == '#') return DecodeNumeric(body[1..], decoded, out decodedLength) ? semi + 1 : 0;
        foreach (char c in body)
            if (!char.IsAsciiLetterOrDigit(c)) return 0;
        if (CommonLookup.TryGetValue(body, out var value) || TryDecodeRare(text[..(semi + 1)], out value))
        {
            if (value.Length > decoded.Length) return 0;
            value.CopyTo(decoded);
            decodedLength = value.Length;
            return semi + 1;
        }
        return 0;
    }

    private static bool TryDecodeRare(ReadOnlySpan<char> reference, out string value)
    {
        value = WebUtility.HtmlDecode(reference.ToString());
        return value.Length is > 0 and <= 2 && !reference.SequenceEqual(value);
    }

    private static bool DecodeNumeric(ReadOnlySpan<char> digits, Span<char> decoded, out int decodedLength)
    {
        decodedLength = 0;
        bool hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        if (hex) digits = digits[1..];
        if (digits.IsEmpty || digits.Length > 8) return false;
        int code = 0;
        foreach (char c in digits)
        {
            int d = char.IsAsciiDigit(c) ? c - '0'
                : hex && char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10
                : -1;
            if (d < 0) return false;
            code = code * (hex ? 16 : 10) + d;
            if (code > 0x10FFFF) break;
        }
        // Invalid code points (NUL, surrogates, beyond Unicode) decode to the replacement character, as browsers do.
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
        decodedLength = new System.Text.Rune(code).EncodeToUtf16(decoded);
        return true;
    }
}
