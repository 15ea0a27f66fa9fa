namespace Summarizer.Evaluation.Metrics;

/// <summary>Precision, recall and their harmonic mean (F1; ROUGE's F with alpha = 0.5).</summary>
internal readonly record struct Prf(double Precision, double Recall, double F1)
{
    public static readonly Prf Zero = new(0, 0, 0);

    /// <summary>From a match count and the two totals; an empty side gives zero, never NaN.</summary>
    public static Prf FromCounts(double matches, double candidateTotal, double referenceTotal) => FromRates(
        candidateTotal > 0 ? matches / candidateTotal : 0,
        referenceTotal > 0 ? matches / referenceTotal : 0);

    public static Prf FromRates(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);

    public static Prf Mean(IReadOnlyCollection<Prf> scores) => scores.Count == 0
        ? Zero
        : new Prf(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
}
