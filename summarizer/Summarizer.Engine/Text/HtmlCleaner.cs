using System.Buffers;

namespace Summarizer.Engine.Text;

/// <summary>
/// One pass over raw review text that produces the "cleaned text" every sentence is cut from:
/// HTML tags removed (block tags such as <c>&lt;br /&gt;</c> and <c>&lt;p&gt;</c> become a line break,
/// inline tags vanish, script/style/comments are dropped with their content), character references
/// decoded, runs of whitespace collapsed to one space (or one '\n' when they contained a line break),
/// control and zero-width characters and lone surrogates dropped or replaced. The output is never
/// longer than the input, so the caller sizes the destination once.
/// </summary>
internal static class HtmlCleaner
{
    private const int MaxTagLength = 512;

    /// <summary>Printable ASCII that is copied as is (everything but '&lt;' and '&amp;'), and the space, whose runs
    /// collapse.</summary>
    private static readonly SearchValues<char> PlainOrSpace = SearchValues.Create(
        " !\"#$%'()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Cleans <paramref name="input"/> into <paramref name="output"/> (at least input.Length long); returns the cleaned length.</summary>
    public static int Clean(ReadOnlySpan<char> input, Span<char> output)
    {
        var w = new Writer(output);
        Span<char> decoded = stackalloc char[2];
        int i = 0;
        while (i < input.Length)
        {
            // Fast path: runs of plain printable ASCII and spaces (whole sentences, mostly) are copied whole.
            int run = input[i..].IndexOfAnyExcept(PlainOrSpace);
            if (run != 0)
            {
                if (run < 0) run = input.Length - i;
                w.PutPlain(input.Slice(i, run));
                i += run;
                continue;
            }
            char c = input[i];
            if (c == '<')
            {
                int tagLength = TryTag(input[i..], out bool lineBreak, out int skipTo);
                if (tagLength > 0)
                {
                    if (lineBreak) w.LineBreak();
                    i += skipTo > 0 ? skipTo : tagLength;
                    continue;
                }
                w.Put(c);
                i++;
                continue;
            }
            if (c == '&')
            {
                int used = HtmlEntities.TryDecode(input[i..], decoded, out int n);
                if (used > 0)
                {
                    if (n == 2) { w.Put(decoded[0]); w.Put(decoded[1]); } // a valid surrogate pair
                    else w.PutAny(decoded[0]);
                    i += used;
                    continue;
                }
                w.Put(c);
                i++;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                w.Put(c); // a valid surrogate pair (emoji, rare CJK) is copied whole
                w.Put(input[i + 1]);
                i += 2;
                continue;
            }
            w.PutAny(c);
            i++;
        }
        return w.Length;
    }

    /// <summary>
    /// Recognises an HTML tag, comment or doctype at the start of <paramref name="text"/>. Returns its
    /// length (0 when this '&lt;' is just text, like "&lt;3" or "a &lt; b"). For script/style, and comments,
    /// <paramref name="skipTo"/> is where the dropped content ends.
    /// </summary>
    private static int TryTag(ReadOnlySpan<char> text, out bool lineBreak, out int skipTo)
    {
        lineBreak = false;
        skipTo = 0;
        if (text.Length < 3) return 0;
        if (text.StartsWith("<!--"))
        {
            int end = text[4..].IndexOf("-->");
            skipTo = end < 0 ? text.Length : end + 7;
            return skipTo;
        }
        int p = 1;
        bool closing = text[p] == '/';
        if (closing) p++;
        if (!closing && text[p] == '!') p++; // <!DOCTYPE ...>
        if (p >= text.Length || !char.IsAsciiLetter(text[p])) return 0;
        int nameStart = p;
        while (p < text.Length && char.IsAsciiLetterOrDigit(text[p])) p++;
        var name = text[nameStart..p];
        int limit = Math.Min(text.Length, MaxTagLength);
        int close = -1;
        for (int k = p; k < limit; k++)
        {
            if (text[k] == '>') { close = k; break; }
            if (text[k] == '<') return 0;
        }
        if (close < 0) return 0;
        // After the name comes whitespace, '/', '>' or an attribute: "<brand>" is a tag, "<3>" is not.
        if (p < close && text[p] != ' ' && text[p] != '/' && text[p] != '\t' && text[p] != '\n') return 0;
        int length = close + 1;
        lineBreak = IsBlockTag(name);
        if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            int end = text[length..].IndexOf("</", StringComparison.Ordinal);
            while (end >= 0 && !text[(length + end + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                int next = text[(length + end + 2)..].IndexOf("</", StringComparison.Ordinal);
                end = next < 0 ? -1 : end + 2 + next;
            }
            if (end < 0) skipTo = text.Length;
            else
            {
                int gt = text[(length + end)..].IndexOf('>');
                skipTo = gt < 0 ? text.Length : length + end + gt + 1;
            }
        }
        return length;
    }

    private static bool IsBlockTag(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[12];
        if (name.Length > lower.Length) return false;
        int n = name.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "br" or "p" or "div" or "li" or "ul" or "ol" or "tr" or "table" or "blockquote" or "hr" or "pre"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "dd" or "dt"
                or "header" or "footer" or "title" => true,
            _ => false,
        };
    }

    /// <summary>Appends characters, deferring whitespace so runs collapse and the ends are trimmed.</summary>
    private ref struct Writer(Span<char> output)
    {
        private readonly Span<char> _out = output;
        private int _length;
        private int _pending; // 0 none, 1 space, 2 line break

        public readonly int Length => _length;

        public void Put(char c)
        {
            if (_pending != 0)
            {
                if (_length > 0) _out[_length++] = _pending == 2 ? '\n' : ' ';
                _pending = 0;
            }
            _out[_length++] = c;
        }

        public void PutRun(ReadOnlySpan<char> run)
        {
            if (_pending != 0)
            {
                if (_length > 0) _out[_length++] = _pending == 2 ? '\n' : ' ';
                _pending = 0;
            }
            run.CopyTo(_out[_length..]);
            _length += run.Length;
        }

        /// <summary>Printable ASCII and spaces: the stretches between runs of spaces are copied whole, so text with
        /// single spaces costs one copy, not one call per word.</summary>
        public void PutPlain(ReadOnlySpan<char> run)
        {
            while (!run.IsEmpty)
            {
                if (run[0] == ' ')
                {
                    Space();
                    run = run[1..];
                    continue;
                }
                int doubleSpace = run.IndexOf("  ", StringComparison.Ordinal);
                var stretch = doubleSpace < 0 ? run : run[..doubleSpace];
                if (stretch[^1] == ' ') stretch = stretch[..^1]; // a single space at the end stays pending
                PutRun(stretch);
                run = run[stretch.Length..];
            }
        }

        public void LineBreak() => _pending = 2;

        public void Space()
        {
            if (_pending == 0) _pending = 1;
        }

        /// <summary>Any character outside the ASCII fast path (or a decoded one).</summary>
        public void PutAny(char c)
        {
            switch (c)
            {
                case '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f':
                    LineBreak();
                    return;
                case '\u200B' or '\u200C' or '\u2060' or '\uFEFF' or '\u00AD':
                    return; // zero-width and soft hyphen: invisible, and would split words
            }
            if (char.IsWhiteSpace(c)) { Space(); return; }
            if (char.IsControl(c)) { Space(); return; }
            if (char.IsSurrogate(c)) { Put('\uFFFD'); return; } // half of a pair alone: not text
            Put(c);
        }
    }
}
