namespace Summarizer.Evaluation.Metrics;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference.</summary>
internal readonly record struct RougeScores(Prf Rouge1, Prf Rouge2, Prf RougeL)
{
    public static RougeScores Mean(IReadOnlyCollection<RougeScores> all) => new(
        Prf.Mean(all.Select(s => s.Rouge1).ToList()),
        Prf.Mean(all.Select(s => s.Rouge2).ToList()),
        Prf.Mean(all.Select(s => s.RougeL).ToList()));
}

/// <summary>How scores against several references become one.</summary>
internal enum MultiReference
{
    /// <summary>Mean of the per-reference scores (each of P, R, F1 averaged).</summary>
    Average,
    /// <summary>The reference giving the best F1, per metric (rouge-score's multi-reference behaviour).</summary>
    Max,
}

/// <summary>
/// Standard ROUGE (Lin 2004) on <see cref="RougeTokenizer"/> tokens: ROUGE-N counts clipped n-gram matches;
/// ROUGE-L is the longest common subsequence of the two whole token sequences (rouge-score's "rougeL", not
/// the summary-level union-LCS "rougeLsum").
/// </summary>
internal static class Rouge
{
    public static RougeScores Score(string candidate, string reference) =>
        Score(RougeTokenizer.Tokenize(candidate), RougeTokenizer.Tokenize(reference));

    public static RougeScores Score(string[] candidate, string[] reference) =>
        new(RougeN(candidate, reference, 1), RougeN(candidate, reference, 2), RougeL(candidate, reference));

    public static RougeScores Score(string candidate, IReadOnlyList<string> references, MultiReference mode)
    {
        if (references.Count == 0) throw new ArgumentException("At least one reference is needed.", nameof(references));
        var cand = RougeTokenizer.Tokenize(candidate);
        var each = references.Select(r => Score(cand, RougeTokenizer.Tokenize(r))).ToList();
        return mode switch
        {
            MultiReference.Average => RougeScores.Mean(each),
            MultiReference.Max => new RougeScores(
                each.Select(s => s.Rouge1).MaxBy(s => s.F1),
                each.Select(s => s.Rouge2).MaxBy(s => s.F1),
                each.Select(s => s.RougeL).MaxBy(s => s.F1)),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }

    public static Prf RougeN(string[] candidate, string[] reference, int n)
    {
        var refCounts = NGramCounts(reference, n);
        var candCounts = NGramCounts(candidate, n);
        int matches = 0;
        foreach (var (gram, count) in candCounts)
            if (refCounts.TryGetValue(gram, out int inRef)) matches += Math.Min(count, inRef);
        return Prf.FromCounts(matches, Math.Max(0, candidate.Length - n + 1), Math.Max(0, reference.Length - n + 1));
    }

    public static Prf RougeL(string[] candidate, string[] reference) =>
        Prf.FromCounts(LcsLength(candidate, reference), candidate.Length, reference.Length);

    /// <summary>Length of the longest common subsequence, with two rolling rows (O(min) memory).</summary>
    public static int LcsLength(string[] a, string[] b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static Dictionary<string, int> NGramCounts(string[] tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Length; i++)
        {
            // A separator that no token can contain keeps ("a b", "c") and ("a", "b c") apart.
            var gram = n == 1 ? tokens[i] : string.Join('\u0001', tokens, i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }
}
