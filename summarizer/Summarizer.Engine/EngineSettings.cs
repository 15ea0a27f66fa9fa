namespace Summarizer.Engine;

/// <summary>
/// The engine's tunable knobs, exposed so the evaluation harness can sweep them on the dev data.
/// <see cref="Default"/> holds the values chosen on the dev sets; <see cref="SummarizerEngine.ModelVersion"/>
/// names any other values, so a non-default model never passes for the default one.
/// </summary>
public sealed record EngineSettings
{
    public static EngineSettings Default { get; } = new();

    /// <summary>Sentences with fewer words are only picked when there are not enough longer ones
    /// (the original dropped sentences of 2 words or fewer: "Yum!!" is no summary).</summary>
    public int MinSentenceWords { get; init; } = 3;

    /// <summary>k-means: restarts (best inertia wins), Lloyd iterations per restart, and the fixed seed.</summary>
    public int KMeansRestarts { get; init; } = 10;
    public int KMeansMaxIterations { get; init; } = 50;
    public ulong Seed { get; init; } = 42;

    /// <summary>PageRank damping and iteration cap of the graph methods.</summary>
    public double Damping { get; init; } = 0.85;
    public int PageRankIterations { get; init; } = 50;

    /// <summary>Words are weighted by frequency rank r (embedding file order) as r / (r + this): the most
    /// common words ("the", "i") count little, rare ones nearly 1. A stop-word list without a list.</summary>
    public double CommonWordRank { get; init; } = 100;

    /// <summary>Graph edge weight = this × embedding cosine + (1 − this) × weighted word overlap.</summary>
    public double EmbeddingSimilarityWeight { get; init; } = 0.5;

    /// <summary>A candidate whose cosine with an already picked sentence exceeds this is passed over
    /// while other candidates remain (1 disables).</summary>
    public double RedundancyThreshold { get; init; } = 0.95;

    /// <summary>Where the binary cache of a GloVe text file goes when the file's folder is read-only
    /// (null: $SUMMARIZER_CACHE_DIR, else $XDG_CACHE_HOME/summarizer, else ~/.cache/summarizer).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>A short stable tag of the values that change summaries ("" for the defaults).</summary>
    internal string Tag
    {
        get
        {
            var tuning = this with { CacheDirectory = null };
            if (tuning == Default with { CacheDirectory = null }) return "";
            var text = string.Join('|', MinSentenceWords, KMeansRestarts, KMeansMaxIterations, Seed,
                Damping.ToString("R", System.Globalization.CultureInfo.InvariantCulture), PageRankIterations,
                CommonWordRank.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                EmbeddingSimilarityWeight.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                RedundancyThreshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
        }
    }
}
