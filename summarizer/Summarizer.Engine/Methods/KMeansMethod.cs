using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Methods;

/// <summary>
/// The original model done right: mean GloVe vector per sentence, k-means (k = summary length) with
/// k-means++ seeding from a fixed seed and several restarts (lowest inertia wins), then for each
/// cluster the sentence nearest its centroid. Only candidate sentences with at least one known word are
/// clustered, and every index stays an index into the one sentence list (the original mixed up the
/// filtered and unfiltered lists and so returned "Yum!!").
/// Score: 1 / (1 + the distance from the sentence's vector to the nearest centroid), k-means' own criterion: 1 for a
/// sentence at a centre (every clustered sentence, when there are no more of them than the summary keeps), 0 for a
/// sentence that was not clustered.
/// </summary>
internal sealed class KMeansMethod : ISummaryMethod
{
    public string Name => "kmeans";
    public bool ReadsWords => true;

    private const long MaxDistanceComputations = 4_000_000;

    public void Select(Document doc, WordEmbeddings embeddings, EngineSettings settings, int count, ScratchList<int> picked)
    {
        Rank(doc, embeddings, settings);
        var points = doc.KMeans.Points;
        if (points.Count <= count)
        {
            foreach (int s in points.Span) picked.Add(s);
        }
        else
        {
            Cluster(doc, points.Span, count, settings);
            doc.KMeans.ClusterCount = count;
            PickNearest(doc, points.Span, count, picked);
        }
        Selection.FillByPosition(doc, count, settings, picked);
    }

    /// <summary>The sentence vectors and the points to cluster; no clusters (each point is its own).</summary>
    public void Rank(Document doc, WordEmbeddings embeddings, EngineSettings settings)
    {
        SentenceVectors.Mean(doc, embeddings);
        var points = doc.KMeans.Points;
        points.Clear();
        for (int s = 0; s < doc.SentenceCount; s++)
            if (Selection.IsCandidate(doc, s, settings) && doc.KnownWords.Items[s] > 0)
                points.Add(s);
        doc.KMeans.ClusterCount = 0;
    }

    public float Score(Document doc, int s)
    {
        var scratch = doc.KMeans;
        if (!scratch.Points.Span.Contains(s)) return 0f;
        if (scratch.ClusterCount == 0) return 1f;
        Nearest(doc.Vector(s), scratch.BestCentroids.Span, scratch.ClusterCount, doc.Dimension, out float squared);
        return 1f / (1f + MathF.Sqrt(squared));
    }

    /// <summary>Leaves the best run's k centroids in the scratch's BestCentroids.</summary>
    private static void Cluster(Document doc, ReadOnlySpan<int> points, int k, EngineSettings settings)
    {
        int d = doc.Dimension, m = points.Length;
        var scratch = doc.KMeans;
        var best = scratch.BestCentroids.Resize(k * d);
        var current = scratch.Centroids.Resize(k * d);
        var sums = scratch.CentroidSums.Resize(k * d);
        var assignment = scratch.Assignment.Resize(m);
        var counts = scratch.ClusterSizes.Resize(k);
        var distances = scratch.SeedDistances.Resize(m);
        var random = new DeterministicRandom(settings.Seed);
        double bestInertia = double.PositiveInfinity;
        // A review (m ≈ 6, k ≈ 3) gets every restart and iteration; a 256 KiB text (m ≈ 2,600, k ≈ 51)
        // gets fewer, so one summary stays within a bounded number of distance computations.
        long perIteration = (long)m * k;
        int maxIterations = Math.Max(1, settings.KMeansMaxIterations);
        int iterations = (int)Math.Clamp(MaxDistanceComputations / perIteration, Math.Min(5, maxIterations), maxIterations);
        int restarts = (int)Math.Clamp(MaxDistanceComputations / (perIteration * iterations), 1, Math.Max(1, settings.KMeansRestarts));

        for (int run = 0; run < restarts; run++)
        {
            SeedPlusPlus(doc, points, k, current, distances, ref random);
            double inertia = 0;
            assignment.Fill(-1);
            for (int iteration = 0; iteration < iterations; iteration++)
            {
                bool changed = false;
                inertia = 0;
                for (int p = 0; p < m; p++)
                {
                    int nearest = Nearest(doc.Vector(points[p]), current, k, d, out float dist);
                    inertia += dist;
                    if (assignment[p] != nearest) { assignment[p] = nearest; changed = true; }
                }
                if (!changed) break;
                sums.Clear();
                counts.Clear();
                for (int p = 0; p < m; p++)
                {
                    VectorMath.AddScaled(sums.Slice(assignment[p] * d, d), doc.Vector(points[p]), 1f);
                    counts[assignment[p]]++;
                }
                for (int c = 0; c < k; c++)
                    if (counts[c] > 0) // an empty cluster keeps its centroid
                    {
                        var target = current.Slice(c * d, d);
                        sums.Slice(c * d, d).CopyTo(target);
                        VectorMath.Scale(target, 1f / counts[c]);
                    }
            }
            if (inertia < bestInertia)
            {
                bestInertia = inertia;
                current.CopyTo(best);
            }
        }
    }

    /// <summary>k-means++: the first centre uniformly, each next one with probability ∝ squared distance.</summary>
    private static void SeedPlusPlus(Document doc, ReadOnlySpan<int> points, int k, Span<float> centroids, Span<float> distances, ref DeterministicRandom random)
    {
        int d = doc.Dimension, m = points.Length;
        int first = (int)(random.NextDouble() * m);
        doc.Vector(points[first]).CopyTo(centroids[..d]);
        for (int p = 0; p < m; p++) distances[p] = VectorMath.SquaredDistance(doc.Vector(points[p]), centroids[..d]);
        for (int c = 1; c < k; c++)
        {
            double total = 0;
            for (int p = 0; p < m; p++) total += distances[p];
            int chosen = m - 1;
            if (total > 0)
            {
                double target = random.NextDouble() * total;
                for (int p = 0; p < m; p++)
                {
                    target -= distances[p];
                    if (target < 0) { chosen = p; break; }
                }
            }
            else chosen = c % m; // all points coincide: any distinct point will do
            var centre = centroids.Slice(c * d, d);
            doc.Vector(points[chosen]).CopyTo(centre);
            for (int p = 0; p < m; p++)
                distances[p] = Math.Min(distances[p], VectorMath.SquaredDistance(doc.Vector(points[p]), centre));
        }
    }

    private static int Nearest(ReadOnlySpan<float> v, ReadOnlySpan<float> centroids, int k, int d, out float distance)
    {
        int best = 0;
        distance = float.PositiveInfinity;
        for (int c = 0; c < k; c++)
        {
            float dist = VectorMath.SquaredDistance(v, centroids.Slice(c * d, d));
            if (dist < distance) { distance = dist; best = c; }
        }
        return best;
    }

    /// <summary>For each centroid in turn, the nearest point not already picked.</summary>
    private static void PickNearest(Document doc, ReadOnlySpan<int> points, int k, ScratchList<int> picked)
    {
        int d = doc.Dimension;
        var centroids = doc.KMeans.BestCentroids.Span;
        for (int c = 0; c < k; c++)
        {
            int best = -1;
            float bestDistance = float.PositiveInfinity;
            foreach (int s in points)
            {
                if (Selection.Contains(picked, s)) continue;
                float dist = VectorMath.SquaredDistance(doc.Vector(s), centroids.Slice(c * d, d));
                if (dist < bestDistance) { bestDistance = dist; best = s; }
            }
            if (best >= 0) picked.Add(best);
        }
    }
}
