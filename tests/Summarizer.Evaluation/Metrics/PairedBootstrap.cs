namespace Summarizer.Evaluation.Metrics;

/// <summary>A mean difference and its 95% confidence interval.</summary>
internal readonly record struct Difference(double Mean, double Low, double High)
{
    /// <summary>True when the whole interval is above zero: the first system is better beyond resampling noise.</summary>
    public bool SurelyPositive => Low > 0;
}

/// <summary>
/// Paired bootstrap over documents (Koehn 2004; ROUGE-1.5.5 also bootstraps its confidence intervals):
/// resample the documents with replacement, recompute the mean per-document difference, take the 2.5% and
/// 97.5% percentiles. Fixed seed, so the report is reproducible.
/// </summary>
internal static class PairedBootstrap
{
    public const int Resamples = 2000;

    public static Difference MeanDifference(IReadOnlyList<double> first, IReadOnlyList<double> second, int seed = 20040725)
    {
        if (first.Count != second.Count || first.Count == 0)
            throw new ArgumentException("Both systems need scores for the same, non-empty set of documents.");
        int n = first.Count;
        var diff = new double[n];
        for (int i = 0; i < n; i++) diff[i] = first[i] - second[i];

        var random = new Random(seed);
        var means = new double[Resamples];
        for (int r = 0; r < Resamples; r++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += diff[random.Next(n)];
            means[r] = sum / n;
        }
        Array.Sort(means);
        return new Difference(diff.Average(), means[(int)(0.025 * Resamples)], means[(int)(0.975 * Resamples) - 1]);
    }
}
