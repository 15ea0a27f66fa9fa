using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Metrics;

/// <summary>The sentence-level score and how many picked sentences could not be found in the article.</summary>
internal readonly record struct SentenceScore(Prf Score, int Unlocated);

/// <summary>
/// Sentence-level precision/recall/F1 against an extractive reference, independent of how each system split
/// its sentences. Reference and picked sentences are located in the article as character spans (white space
/// ignored). A picked sentence is correct when more than half of its characters are reference characters; a
/// reference sentence is recalled when more than half of its characters are covered by picked sentences.
/// When a system splits like the reference did, this is exact set precision/recall; when its splitter cuts
/// differently, the majority rule credits the sentence it mostly is.
/// </summary>
internal static class SentenceOverlap
{
    public static SentenceScore Score(CollapsedText article, IReadOnlyList<string> reference, IReadOnlyList<string> picked)
    {
        var inReference = new bool[article.Value.Length];
        var referenceSpans = Locate(article, reference, out _);
        foreach (var (start, length) in referenceSpans) Array.Fill(inReference, true, start, length);

        var pickedSpans = Locate(article, picked, out int unlocated);
        var covered = new bool[article.Value.Length];
        foreach (var (start, length) in pickedSpans) Array.Fill(covered, true, start, length);

        int correct = pickedSpans.Count(s => MostlyMarked(article.Value, inReference, s));
        int recalled = referenceSpans.Count(s => MostlyMarked(article.Value, covered, s));
        // Unlocated picked sentences stay in the precision denominator: text not in the article is not correct.
        return new SentenceScore(Prf.FromRates(
            picked.Count > 0 ? (double)correct / picked.Count : 0,
            reference.Count > 0 ? (double)recalled / reference.Count : 0), unlocated);
    }

    private static List<(int Start, int Length)> Locate(CollapsedText article, IReadOnlyList<string> sentences, out int unlocated)
    {
        var spans = new List<(int, int)>();
        unlocated = 0;
        int cursor = 0;
        foreach (var sentence in sentences)
        {
            var piece = CollapsedText.Collapse(sentence);
            int at = article.FindWhole(piece, cursor);
            if (at < 0) at = FindAnywhere(article.Value, piece, cursor);
            if (at < 0) { unlocated++; continue; }
            spans.Add((at, piece.Length));
            cursor = at + piece.Length;
        }
        return spans;
    }

    // A system may trim a quote or bracket off its sentence, so a whole-word match is preferred, not required.
    private static int FindAnywhere(string text, string piece, int from)
    {
        if (piece.Length == 0) return -1;
        int at = text.IndexOf(piece, Math.Min(from, text.Length), StringComparison.Ordinal);
        return at >= 0 ? at : text.IndexOf(piece, StringComparison.Ordinal);
    }

    private static bool MostlyMarked(string text, bool[] marks, (int Start, int Length) span)
    {
        int chars = 0, marked = 0;
        for (int i = span.Start; i < span.Start + span.Length; i++)
        {
            if (text[i] == ' ') continue;
            chars++;
            if (marks[i]) marked++;
        }
        return chars > 0 && 2 * marked > chars;
    }
}
