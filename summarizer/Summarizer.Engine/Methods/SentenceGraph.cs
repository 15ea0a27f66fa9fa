using Summarizer.Engine.Analysis;
using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Methods;

/// <summary>
/// The similarity graph of the graph methods and its PageRank. Edge weight between two sentences =
/// α·max(0, cosine of their frequency-weighted vectors) + (1 − α)·(weighted count of shared words) /
/// (ln(1 + |Si|) + ln(1 + |Sj|)) — TextRank's overlap, with common words counting little.
/// </summary>
internal static class SentenceGraph
{
    /// <summary>Fills doc.Matrix (n × n, zero diagonal). Needs doc.Vectors from <see cref="SentenceVectors.WeightedUnit"/>.</summary>
    public static void Build(Document doc, EngineSettings settings)
    {
        int n = doc.SentenceCount;
        var matrix = doc.Matrix.Resize(n * n);
        float alpha = (float)Math.Clamp(settings.EmbeddingSimilarityWeight, 0, 1);
        float common = (float)settings.CommonWordRank;
        var sorted = SortedDistinctWords(doc);
        var offsets = doc.Ints2.Span; // sentence s: sorted[offsets[s] .. offsets[s + 1])
        for (int i = 0; i < n; i++)
        {
            matrix[i * n + i] = 0;
            var wi = sorted[offsets[i]..offsets[i + 1]];
            float li = MathF.Log(1 + wi.Length);
            for (int j = i + 1; j < n; j++)
            {
                float similarity = 0;
                if (alpha > 0) similarity += alpha * Math.Max(0f, VectorMath.Dot(doc.Vector(i), doc.Vector(j)));
                if (alpha < 1)
                {
                    var wj = sorted[offsets[j]..offsets[j + 1]];
                    float denominator = li + MathF.Log(1 + wj.Length);
                    if (denominator > 0) similarity += (1 - alpha) * SharedWeight(wi, wj, common) / denominator;
                }
                matrix[i * n + j] = matrix[j * n + i] = similarity;
            }
        }
    }

    /// <summary>Each sentence's distinct word ids, sorted, one after another in doc.Ints; offsets in doc.Ints2.</summary>
    private static ReadOnlySpan<int> SortedDistinctWords(Document doc)
    {
        int n = doc.SentenceCount;
        var all = doc.Ints;
        all.Clear();
        var offsets = doc.Ints2.Resize(n + 1);
        for (int s = 0; s < n; s++)
        {
            offsets[s] = all.Count;
            foreach (int id in doc.Words(s)) all.Add(id);
            var words = all.Items.AsSpan(offsets[s], all.Count - offsets[s]);
            words.Sort();
            int distinct = 0;
            for (int k = 0; k < words.Length; k++)
                if (k == 0 || words[k] != words[k - 1]) words[distinct++] = words[k];
            all.Count = offsets[s] + distinct;
        }
        offsets[n] = all.Count;
        return all.Span;
    }

    private static float SharedWeight(ReadOnlySpan<int> a, ReadOnlySpan<int> b, float common)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else
            {
                sum += SentenceVectors.WordWeight(a[i], common);
                i++;
                j++;
            }
        }
        return sum;
    }

    /// <summary>
    /// Weighted PageRank over doc.Matrix into doc.Scores (sums to 1). Turns the matrix into the column-
    /// normalised transition matrix in place first, so each iteration is n row·score dot products.
    /// A sentence without edges spreads its rank evenly, so total rank is conserved.
    /// </summary>
    public static void PageRank(Document doc, EngineSettings settings)
    {
        int n = doc.SentenceCount;
        var matrix = doc.Matrix.Span;
        var score = doc.Scores.Resize(n);
        var next = doc.Scores2.Resize(n);
        var outWeight = doc.Centroids.Resize(n);
        outWeight.Clear();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) outWeight[j] += matrix[i * n + j]; // symmetric: column sum = row sum
        for (int j = 0; j < n; j++) outWeight[j] = outWeight[j] > 0 ? 1f / outWeight[j] : 0f;
        for (int i = 0; i < n; i++)
        {
            var row = matrix.Slice(i * n, n);
            for (int j = 0; j < n; j++) row[j] *= outWeight[j];
        }
        float damping = (float)Math.Clamp(settings.Damping, 0, 1);
        score.Fill(1f / n);
        for (int iteration = 0; iteration < Math.Max(1, settings.PageRankIterations); iteration++)
        {
            float dangling = 0;
            for (int j = 0; j < n; j++) if (outWeight[j] == 0) dangling += score[j];
            float teleport = (1 - damping) / n + damping * dangling / n;
            float change = 0;
            for (int i = 0; i < n; i++)
            {
                next[i] = teleport + damping * VectorMath.Dot(matrix.Slice(i * n, n), score);
                change += Math.Abs(next[i] - score[i]);
            }
            next.CopyTo(score);
            if (change < ConvergedChange) break;
        }
    }

    /// <summary>Total absolute change of the ranks below which PageRank stops: far below any difference that
    /// changes which sentences are picked.</summary>
    private const float ConvergedChange = 1e-5f;
}
