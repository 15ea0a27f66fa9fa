using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Systems;

/// <summary>
/// The original kmeans.py, ported faithfully, defects included, because it is the system being replaced:
/// split into sentences; keep those with more than 2 words; each kept sentence is the mean GloVe vector of its
/// known words; k-means (k-means++, 10 restarts, fixed seed); for each centroid the nearest KEPT sentence; the
/// clusters ordered by the mean position of their members; output joined in that order. Its two defects stay:
/// the nearest index counts KEPT sentences but picks from ALL sentences (so short sentences like "Yum!!" leak in),
/// and a sentence with no known word makes a NaN mean, which scikit-learn rejects: the document fails (counted,
/// scored as an empty summary). k is the shared sentence budget here instead of ceil(sqrt(n)), so that every
/// system gets the same length; fewer kept sentences than k fails like scikit-learn did.
/// </summary>
internal sealed class OriginalKMeansSystem(GloveVectors glove, int seed = OriginalKMeansSystem.Seed) : ISummarySystem
{
    public const int Seed = 42;

    public string Name => "k-means (original)";

    public IReadOnlyList<string> Summarize(string text, int sentences)
    {
        var all = PeerSentenceSplitter.Split(text);
        var kept = all.Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2).ToList();
        try
        {
            var vectors = kept.Select(MeanVector).ToArray();
            var fit = KMeans.Fit(vectors, sentences, seed);
            int k = fit.Centroids.Length;
            var nearestKept = fit.Centroids.Select(c => Nearest(vectors, c)).ToArray();
            var order = Enumerable.Range(0, k).OrderBy(c => MeanMemberPosition(fit.Labels, c)).ToList();
            return order.Select(c => all[nearestKept[c]]).ToList(); // the original's index mix-up, kept on purpose
        }
        catch (ArgumentException)
        {
            return []; // where the original raised; the evaluator counts empty summaries as failures
        }
    }

    private double[] MeanVector(string sentence)
    {
        var sum = new double[glove.Dimensions];
        int known = 0;
        foreach (var word in WordTokenizer.Tokenize(sentence))
        {
            if (!glove.TryGet(word, out var v)) continue;
            for (int d = 0; d < sum.Length; d++) sum[d] += v[d];
            known++;
        }
        for (int d = 0; d < sum.Length; d++) sum[d] /= known; // 0/0 = NaN with no known word, as NumPy's mean of nothing
        return sum;
    }

    private static int Nearest(double[][] vectors, double[] centroid)
    {
        int best = 0;
        for (int i = 1; i < vectors.Length; i++)
            if (KMeans.SquaredDistance(vectors[i], centroid) < KMeans.SquaredDistance(vectors[best], centroid)) best = i;
        return best;
    }

    private static double MeanMemberPosition(int[] labels, int cluster)
    {
        var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == cluster).ToList();
        // An empty cluster has no mean position; NumPy gives NaN, which Python's sort leaves in place: put it last.
        return members.Count == 0 ? double.MaxValue : members.Average();
    }
}
