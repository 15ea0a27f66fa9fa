namespace Summarizer.Evaluation.Data;

using Summarizer.Evaluation.Text;

/// <summary>
/// Recovers the sentences of a BBC News Summary reference. The reference is article sentences concatenated
/// WITHOUT a separator ("...stabilise.China's currency..."), in no particular order. A join can only sit right
/// after . ! ? a quote or a closing bracket; among those candidate cuts, the answer is the segmentation whose
/// pieces all occur in the article, with the fewest doubtful choices, and then the most pieces. Doubtful: a
/// piece found only inside a longer word run (the dataset's splitter sometimes cut at "?'"), and a cut where
/// the reference kept a space (a few sentences carry a trailing space). Requiring whole words is what keeps
/// "U.S." or "$1.28" from being cut: in the article, the text after such a dot does not follow a space.
/// </summary>
internal static class ExtractiveReference
{
    private readonly record struct Cut(int Position, bool KeptSpace);

    /// <summary>The reference's sentences, or null when no segmentation fits the article.</summary>
    public static IReadOnlyList<string>? Recover(string reference, CollapsedText article)
    {
        var text = CollapsedText.Collapse(reference);
        if (text.Length == 0) return null;
        var cuts = Cuts(text);

        // Best (fewest doubts, then most pieces) segmentation of text[0..cuts[j]], by dynamic programming.
        int n = cuts.Count;
        var doubts = new int[n];
        var pieces = new int[n];
        var from = new int[n];
        Array.Fill(doubts, int.MaxValue);
        doubts[0] = 0;
        for (int j = 1; j < n; j++)
            for (int i = 0; i < j; i++)
            {
                if (doubts[i] == int.MaxValue) continue;
                int pieceDoubt = PieceDoubt(article, text[cuts[i].Position..cuts[j].Position].Trim());
                if (pieceDoubt < 0) continue;
                int total = doubts[i] + pieceDoubt + (cuts[j].KeptSpace ? 1 : 0);
                if (total < doubts[j] || (total == doubts[j] && pieces[i] + 1 > pieces[j]))
                    (doubts[j], pieces[j], from[j]) = (total, pieces[i] + 1, i);
            }
        if (doubts[n - 1] == int.MaxValue) return null;

        var result = new List<string>();
        for (int j = n - 1; j > 0; j = from[j]) result.Add(text[cuts[from[j]].Position..cuts[j].Position].Trim());
        result.Reverse();
        return result;
    }

    private static List<Cut> Cuts(string text)
    {
        var cuts = new List<Cut> { new(0, false) };
        for (int i = 1; i < text.Length; i++)
        {
            if (!IsJoinAfter(text[i - 1])) continue;
            if (text[i] != ' ') cuts.Add(new Cut(i, false));
            else if (i + 1 < text.Length) cuts.Add(new Cut(i + 1, true));
        }
        cuts.Add(new Cut(text.Length, false));
        return cuts;
    }

    /// <summary>0 when the piece is whole words of the article, 1 when only a substring, -1 when absent.</summary>
    private static int PieceDoubt(CollapsedText article, string piece)
    {
        if (piece.Length == 0) return -1;
        if (article.FindWhole(piece) >= 0) return 0;
        return article.Value.Contains(piece, StringComparison.Ordinal) ? 1 : -1;
    }

    private static bool IsJoinAfter(char c) => c is '.' or '!' or '?' or '"' or '\'' or ')' or '\u201d' or '\u2019';
}
