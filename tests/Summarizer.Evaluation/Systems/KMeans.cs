namespace Summarizer.Evaluation.Systems;

/// <summary>The result of a k-means run: centroids, each point's cluster, and the inertia (sum of squared distances).</summary>
internal sealed record KMeansResult(double[][] Centroids, int[] Labels, double Inertia);

/// <summary>
/// A port of scikit-learn's KMeans(init="k-means++", n_init=10, random_state=seed) as the original kmeans.py
/// called it: greedy k-means++ seeding (2 + ln k candidate centres a step, keep the one lowering the potential
/// most), Lloyd iterations until the centres move less than tol = 1e-4 x the mean per-feature variance (or
/// max 300 iterations, or the labels stop changing), and the lowest-inertia run of the restarts. The random
/// stream is .NET's, not NumPy's, so the picks are the same algorithm, not bit-identical to Python; and an
/// empty cluster keeps its centre where scikit-learn moves it to a far point (rare with k well below n).
/// </summary>
internal static class KMeans
{
    public const int Restarts = 10;
    private const int MaxIterations = 300;
    private const double RelativeTolerance = 1e-4;

    /// <summary>Throws ArgumentException where scikit-learn raised ValueError (NaN input, fewer points than clusters).</summary>
    public static KMeansResult Fit(double[][] points, int k, int seed)
    {
        if (points.Any(p => p.Any(double.IsNaN))) throw new ArgumentException("Input contains NaN.");
        if (k < 1 || points.Length < k) throw new ArgumentException($"n_samples={points.Length} should be >= n_clusters={k}.");
        var random = new Random(seed);
        double tolerance = RelativeTolerance * MeanVariance(points);
        KMeansResult? best = null;
        for (int run = 0; run < Restarts; run++)
        {
            var result = Lloyd(points, PlusPlus(points, k, random), tolerance);
            if (best is null || result.Inertia < best.Inertia) best = result;
        }
        return best!;
    }

    public static double SquaredDistance(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) { double d = a[i] - b[i]; sum += d * d; }
        return sum;
    }

    private static double[][] PlusPlus(double[][] points, int k, Random random)
    {
        int trials = 2 + (int)Math.Log(k);
        var centres = new List<double[]> { points[random.Next(points.Length)] };
        var closest = points.Select(p => SquaredDistance(p, centres[0])).ToArray();
        while (centres.Count < k)
        {
            double potential = closest.Sum();
            int bestCandidate = -1;
            double bestPotential = double.PositiveInfinity;
            double[]? bestClosest = null;
            for (int t = 0; t < trials; t++)
            {
                int candidate = SampleByWeight(closest, potential, random);
                var withCandidate = new double[points.Length];
                for (int i = 0; i < points.Length; i++)
                    withCandidate[i] = Math.Min(closest[i], SquaredDistance(points[i], points[candidate]));
                double candidatePotential = withCandidate.Sum();
                if (candidatePotential < bestPotential)
                    (bestCandidate, bestPotential, bestClosest) = (candidate, candidatePotential, withCandidate);
            }
            centres.Add(points[bestCandidate]);
            closest = bestClosest!;
        }
        return centres.Select(c => (double[])c.Clone()).ToArray();
    }

    private static int SampleByWeight(double[] weights, double total, Random random)
    {
        // All points on existing centres (duplicates): any point will do, as in NumPy's searchsorted on zeros.
        if (total <= 0) return random.Next(weights.Length);
        double target = random.NextDouble() * total, cumulative = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (cumulative > target) return i;
        }
        return weights.Length - 1;
    }

    private static KMeansResult Lloyd(double[][] points, double[][] centres, double tolerance)
    {
        int k = centres.Length, dims = points[0].Length;
        var labels = new int[points.Length];
        Array.Fill(labels, -1);
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            bool changed = Assign(points, centres, labels);
            var updated = new double[k][];
            var counts = new int[k];
            for (int c = 0; c < k; c++) updated[c] = new double[dims];
            for (int i = 0; i < points.Length; i++)
            {
                counts[labels[i]]++;
                for (int d = 0; d < dims; d++) updated[labels[i]][d] += points[i][d];
            }
            for (int c = 0; c < k; c++)
            {
                if (counts[c] == 0) { updated[c] = (double[])centres[c].Clone(); continue; }
                for (int d = 0; d < dims; d++) updated[c][d] /= counts[c];
            }
            double shift = 0;
            for (int c = 0; c < k; c++) shift += SquaredDistance(centres[c], updated[c]);
            centres = updated;
            if (!changed || shift <= tolerance) break;
        }
        Assign(points, centres, labels);
        double inertia = 0;
        for (int i = 0; i < points.Length; i++) inertia += SquaredDistance(points[i], centres[labels[i]]);
        return new KMeansResult(centres, labels, inertia);
    }

    private static bool Assign(double[][] points, double[][] centres, int[] labels)
    {
        bool changed = false;
        for (int i = 0; i < points.Length; i++)
        {
            int best = 0;
            double bestDistance = double.PositiveInfinity;
            for (int c = 0; c < centres.Length; c++)
            {
                double d = SquaredDistance(points[i], centres[c]);
                if (d < bestDistance) (best, bestDistance) = (c, d);
            }
            if (labels[i] != best) { labels[i] = best; changed = true; }
        }
        return changed;
    }

    private static double MeanVariance(double[][] points)
    {
        int dims = points[0].Length;
        double total = 0;
        for (int d = 0; d < dims; d++)
        {
            double mean = points.Average(p => p[d]);
            total += points.Average(p => (p[d] - mean) * (p[d] - mean));
        }
        return total / dims;
    }
}
