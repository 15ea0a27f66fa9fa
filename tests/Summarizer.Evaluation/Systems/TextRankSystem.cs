using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Systems;

/// <summary>
/// TextRank for sentence extraction, as Mihalcea &amp; Tarau (2004) define it: a complete graph of sentences
/// weighted by similarity(Si, Sj) = |{w : w in Si and w in Sj}| / (log|Si| + log|Sj|), scored by weighted
/// PageRank WS(Vi) = (1 - d) + d * sum_j (w_ji / sum_k w_jk) WS(Vj) with d = 0.85, iterated until no score moves
/// by more than the paper's 0.0001. Words are lowercased tokens, no stop list or stemming (the paper uses
/// plain lexical overlap). Written independently of the engine, as the peer the engine's graph method must beat.
/// </summary>
internal sealed class TextRankSystem : ISummarySystem
{
    public const double Damping = 0.85;
    public const double Threshold = 0.0001;
    private const int MaxIterations = 200;

    public string Name => "TextRank";

    public IReadOnlyList<string> Summarize(string text, int sentences)
    {
        var split = PeerSentenceSplitter.Split(text);
        return TopSentences.Pick(split, Scores(split), sentences);
    }

    public static double[] Scores(IReadOnlyList<string> sentences)
    {
        var words = sentences.Select(s => WordTokenizer.Tokenize(s)).ToArray();
        return PageRank(SimilarityMatrix(words));
    }

    public static double Similarity(string[] a, string[] b)
    {
        // Lengths are word counts; log 1 + log 1 = 0, and such one-word pairs share no weight.
        double denominator = Math.Log(a.Length) + Math.Log(b.Length);
        if (a.Length == 0 || b.Length == 0 || denominator <= 0) return 0;
        var inB = new HashSet<string>(b, StringComparer.Ordinal);
        int common = a.Distinct(StringComparer.Ordinal).Count(inB.Contains);
        return common / denominator;
    }

    public static double[,] SimilarityMatrix(string[][] words)
    {
        int n = words.Length;
        var w = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                w[i, j] = w[j, i] = Similarity(words[i], words[j]);
        return w;
    }

    public static double[] PageRank(double[,] weights)
    {
        int n = weights.GetLength(0);
        var outSum = new double[n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++) outSum[j] += weights[j, k];

        var score = Enumerable.Repeat(1.0, n).ToArray();
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double largestChange = 0;
            // In-place (Gauss-Seidel) updates, like the iterative scheme of the paper; it converges to the same fixpoint.
            for (int i = 0; i < n; i++)
            {
                double incoming = 0;
                for (int j = 0; j < n; j++)
                    if (j != i && outSum[j] > 0) incoming += weights[j, i] / outSum[j] * score[j];
                double updated = (1 - Damping) + Damping * incoming;
                largestChange = Math.Max(largestChange, Math.Abs(updated - score[i]));
                score[i] = updated;
            }
            if (largestChange < Threshold) break;
        }
        return score;
    }
}
