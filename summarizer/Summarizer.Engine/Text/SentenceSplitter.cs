using System.Buffers;
using Summarizer.Engine.Analysis;

namespace Summarizer.Engine.Text;

/// <summary>
/// Splits cleaned text into sentences in one forward pass. A sentence ends at a line break, at a CJK
/// full stop (。！？), or at a run of terminators (. ! ? …) plus any closing quotes/brackets when a space
/// or the end follows — except after abbreviations (Mr., e.g., U.S. before a lower-case word), inside
/// numbers ($3.50), URLs and e-mail addresses, and at an ellipsis that continues in lower case.
/// A missing space after "!"/"?" or after a word's final period before a capital ("great.The") still
/// ends it. Pieces with no letter or digit ("!!!", ":)") join the sentence before them on the same line,
/// or are dropped. Text without any punctuation is one sentence per line. Every range is trimmed and
/// non-empty, so each sentence is an exact substring of the cleaned text.
/// </summary>
internal static class SentenceSplitter
{
    // Line breaks and every terminator: the scan jumps from one to the next (vectorised), so plain text costs ~nothing.
    private static readonly SearchValues<char> Stops = SearchValues.Create("\n.!?\u2026\u203C\u2049\u2047\u2048\u3002\uFF01\uFF1F\uFF61\uFF0E");

    // A URL is looked for only around a terminator, and at most this far back.
    private const int MaxUrlLength = 2048;

    public static void Split(ReadOnlySpan<char> text, ScratchList<SentenceRange> sentences)
    {
        sentences.Clear();
        int start = 0, i = 0, n = text.Length;
        while (i < n)
        {
            int skip = text[i..].IndexOfAny(Stops);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c == '\n')
            {
                Emit(text, start, i, sentences);
                start = ++i; // a symbol-only line that could not join anything is dropped
                continue;
            }
            // A URL's trailing punctuation belongs to the sentence, so a terminator before a space or the end (most of
            // them) is never inside one: no need to look back for a URL there.
            int urlEnd = IsTerminator(c) && (i + 1 == n || text[i + 1] is ' ' or '\n') ? -1 : EndOfUrlAround(text, i);
            if (urlEnd > i)
            {
                i = urlEnd;
                continue;
            }
            if (IsCjkTerminator(c))
            {
                int end = SkipClosers(text, SkipTerminators(text, i));
                if (Emit(text, start, end, sentences)) start = end;
                i = end;
                continue;
            }
            int runEnd = SkipTerminators(text, i);
            int sentenceEnd = SkipTrailingEmoticons(text, SkipClosers(text, runEnd));
            // A symbol-only piece ("!!! Love it") that cannot join a previous sentence opens the next one.
            if (EndsSentence(text, i, runEnd, sentenceEnd) && Emit(text, start, sentenceEnd, sentences))
                start = sentenceEnd;
            i = sentenceEnd;
        }
        Emit(text, start, n, sentences);
        if (sentences.Count == 0) // nothing but symbols (":)", "😍"): the whole text is the one sentence
        {
            var trimmed = text.Trim(" \n");
            if (!trimmed.IsEmpty) sentences.Add(new SentenceRange(text.Length - text.TrimStart(" \n").Length, trimmed.Length));
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int runStart, int runEnd, int end)
    {
        if (end >= text.Length) return true;
        char next = text[end];
        bool onlyPeriods = true;
        for (int k = runStart; k < runEnd; k++)
            if (text[k] != '.') { onlyPeriods = false; break; }
        bool ellipsis = text[runStart] == '\u2026' || (onlyPeriods && runEnd - runStart >= 2);
        bool singlePeriod = onlyPeriods && runEnd - runStart == 1;

        if (next == ' ' || next == '\n')
        {
            char following = FirstCharAfterSpaces(text, end);
            if (ellipsis) return !char.IsLower(following);
            if (!singlePeriod) return true; // "!!!", "?!", "!." end a sentence whatever follows
            if (end > runEnd) return true;  // a closing quote or bracket after the period
            return Abbreviations.Classify(WordBefore(text, runStart)) switch
            {
                AbbreviationKind.NeverEnds => false,
                AbbreviationKind.MayEnd => char.IsUpper(following),
                _ => !(char.IsDigit(following) && EndsWithNumberMarker(text, runStart)),
            };
        }
        // No space after the terminators: "great!The", "good.The" end a sentence; "$3.50", "amazon.com",
        // "U.S.A", "Peanuts...the" do not.
        if (!char.IsUpper(next)) return false;
        if (ellipsis || !singlePeriod) return true;
        return end == runEnd && runStart >= 2 && char.IsLower(text[runStart - 1]) && char.IsLower(text[runStart - 2])
               && end + 1 < text.Length && char.IsLower(text[end + 1]);
    }

    /// <summary>"No. 5", "#. 3": a period after these before a digit is not an end.</summary>
    private static bool EndsWithNumberMarker(ReadOnlySpan<char> text, int period) =>
        period >= 2 && (text[period - 2] is 'N' or 'n') && (text[period - 1] is 'o' or 'O')
        && (period == 2 || !char.IsLetter(text[period - 3]));

    /// <summary>The letters and inner periods just before a period: "Mr", "e.g", "U.S".</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int period)
    {
        int s = period;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 1 > 0 && char.IsLetter(text[s - 2]))))
            s--;
        // Only a free-standing word can be an abbreviation: not the tail of a URL ("example.com/a.b."),
        // a number ("3.5x.") or other glued text.
        if (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && !IsOpener(text[s - 1])) return default;
        return text[s..period];
    }

    private static char FirstCharAfterSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\n')) i++;
        // Skip an opening quote or bracket to see the word itself.
        while (i < text.Length && IsOpener(text[i])) i++;
        return i < text.Length ? text[i] : '\0';
    }

    private static int SkipTerminators(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (IsTerminator(text[i]) || IsCjkTerminator(text[i]))) i++;
        return i;
    }

    /// <summary>"Great! :) Buy it.", "Love it. 😍 Buy it.": a word-less token right after a sentence's end
    /// belongs to that sentence. Returns the end after such tokens (unchanged when there are none).</summary>
    private static int SkipTrailingEmoticons(ReadOnlySpan<char> text, int end)
    {
        while (true)
        {
            int start = end;
            while (start < text.Length && text[start] == ' ') start++;
            if (start == end || start >= text.Length) return end;
            int tokenEnd = start;
            while (tokenEnd < text.Length && text[tokenEnd] != ' ' && text[tokenEnd] != '\n') tokenEnd++;
            foreach (char c in text[start..tokenEnd])
                if (char.IsLetterOrDigit(c) || IsOpener(c) || c is '-' or '\u2013' or '\u2014' or '*' or '\u2022' or '#' or '&' or '$')
                    return end;
            end = tokenEnd;
        }
    }

    private static int SkipClosers(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsCloser(text[i])) i++;
        return i;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2049' or '\u2047' or '\u2048';
    private static bool IsCjkTerminator(char c) => c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61' or '\uFF0E';
    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u300D' or '\u300F' or '\uFF09';
    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB' or '\u300C' or '\u300E';

    /// <summary>If the terminator at <paramref name="i"/> is inside a URL ("http://a.b/c?d", "www.x.com/e.f"),
    /// the URL's end; else -1 (also for punctuation right after a URL, which ends the sentence as usual).</summary>
    private static int EndOfUrlAround(ReadOnlySpan<char> text, int i)
    {
        int tokenStart = i, limit = Math.Max(0, i - MaxUrlLength);
        while (tokenStart > limit && text[tokenStart - 1] != ' ' && text[tokenStart - 1] != '\n') tokenStart--;
        while (tokenStart < i && IsOpener(text[tokenStart])) tokenStart++;
        var token = text[tokenStart..];
        if (!(token.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return -1;
        int end = UrlEnd(text, tokenStart);
        return end > i ? end : -1;
    }

    /// <summary>The URL runs to the next space or CJK full stop (no URL holds one raw, and CJK text puts no space after
    /// it: "見て http://a.jp。次は"); punctuation at its very end belongs to the sentence.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && text[end] != ' ' && text[end] != '\n' && !IsCjkTerminator(text[end])) end++;
        while (end > i + 1 && (IsTerminator(text[end - 1]) || IsCloser(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
            end--;
        return end;
    }

    /// <summary>Adds the trimmed [start, end) as a sentence and returns true. A piece with no letter or
    /// digit instead joins the previous sentence when on the same line; if it cannot, returns false.</summary>
    private static bool Emit(ReadOnlySpan<char> text, int start, int end, ScratchList<SentenceRange> sentences)
    {
        while (start < end && (text[start] == ' ' || text[start] == '\n')) start++;
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n')) end--;
        if (end <= start) return true;
        if (!HasLetterOrDigit(text[start..end]))
        {
            if (sentences.Count == 0) return false;
            ref var last = ref sentences.Items[sentences.Count - 1];
            if (text[last.End..start].Contains('\n')) return false;
            last = new SentenceRange(last.Start, end - last.Start);
            return true;
        }
        sentences.Add(new SentenceRange(start, end - start));
        return true;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
