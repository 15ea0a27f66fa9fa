namespace Summarizer.Engine;

/// <summary>How many sentences a summary of <c>n</c> input sentences gets.</summary>
internal static class SummaryLength
{
    /// <summary>Sentences N wins over Ratio R (ceil(R·n)); neither: ceil(sqrt(n)) like the original.
    /// Always within [1, n] for n &gt; 0 (a text shorter than asked is returned whole); out-of-range or
    /// non-finite options are clamped rather than thrown (the contract layer rejects them for users).</summary>
    public static int Resolve(SummaryOptions options, int n)
    {
        if (n <= 0) return 0;
        double wanted = options switch
        {
            { Sentences: int s } => s,
            { Ratio: double r } when double.IsFinite(r) => Math.Ceiling(r * n),
            _ => Math.Ceiling(Math.Sqrt(n)),
        };
        return (int)Math.Clamp(wanted, 1, n);
    }
}
