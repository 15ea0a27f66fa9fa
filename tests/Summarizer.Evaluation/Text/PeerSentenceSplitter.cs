using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Text;

/// <summary>
/// The sentence splitter the peers (Lead-N, TextRank, the original k-means) share, so that they differ only in
/// how they pick. Independent of the engine's splitter on purpose: the engine's splitting is part of what is
/// measured. Rules: a line break ends a sentence; so does . ! ? (runs too, with closing quotes or brackets)
/// followed by white space and a capital, digit or opening quote, unless the word before is a known
/// abbreviation or a single letter (an initial).
/// </summary>
internal static partial class PeerSentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
        "no", "inc", "ltd", "co", "corp", "gov", "gen", "sen", "rep", "rev", "mt", "ft", "approx", "dept", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    [GeneratedRegex(@"[.!?]+[""'\u201d\u2019)\]]*(?=\s+[""'\u201c\u2018(\[]?[A-Z0-9])")]
    private static partial Regex CandidateEnd();

    [GeneratedRegex(@"(\S+)$")]
    private static partial Regex LastWord();

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            int start = 0;
            foreach (Match m in CandidateEnd().Matches(line))
            {
                int end = m.Index + m.Length;
                if (IsAbbreviation(line.AsSpan(start, m.Index - start).ToString(), line[m.Index])) continue;
                Add(sentences, line[start..end]);
                start = end;
            }
            Add(sentences, line[start..]);
        }
        return sentences;
    }

    private static bool IsAbbreviation(string before, char terminator)
    {
        if (terminator != '.') return false;
        var word = LastWord().Match(before).Groups[1].Value.TrimStart('(', '"', '\'');
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var s = candidate.Trim();
        if (s.Length > 0) sentences.Add(s);
    }
}
