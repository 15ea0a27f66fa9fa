using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
    /// while other candidates remain (1 disables). Only near-duplicates: 25-d GloVe sentence vectors of
    /// one text are all close (0.95 cost BBC ROUGE-2 8 points on the dev set).</summary>
    public double RedundancyThreshold { get; init; } = 0.999;

    /// <summary>Word-frequency salience divides by (sentence weight)^this: 1 = weighted mean, 0 = sum.</summary>
    public double LengthExponent { get; init; } = 0.9;

    /// <summary>Salience is multiplied by 1 + this / (1 + position): a prior for the opening sentences.</summary>
    public double PositionWeight { get; init; } = 0.0;

    /// <summary>Where the binary cache of a GloVe text file goes when the file's folder is read-only
    /// (null: $SUMMARIZER_CACHE_DIR, else $XDG_CACHE_HOME/summarizer, else ~/.cache/summarizer).
    /// Not a tuning knob: it never changes a summary.</summary>
    public string? CacheDirectory { get; init; }

    private static readonly (string Name, Func<EngineSettings, string> Get, Func<EngineSettings, string, EngineSettings> Set)[] Knobs =
    [
        (nameof(MinSentenceWords), s => Format(s.MinSentenceWords), (s, v) => s with { MinSentenceWords = ParseInt(v) }),
        (nameof(KMeansRestarts), s => Format(s.KMeansRestarts), (s, v) => s with { KMeansRestarts = ParseInt(v) }),
        (nameof(KMeansMaxIterations), s => Format(s.KMeansMaxIterations), (s, v) => s with { KMeansMaxIterations = ParseInt(v) }),
        (nameof(Seed), s => s.Seed.ToString(CultureInfo.InvariantCulture), (s, v) => s with { Seed = ulong.Parse(v, CultureInfo.InvariantCulture) }),
        (nameof(Damping), s => Format(s.Damping), (s, v) => s with { Damping = ParseDouble(v) }),
        (nameof(PageRankIterations), s => Format(s.PageRankIterations), (s, v) => s with { PageRankIterations = ParseInt(v) }),
        (nameof(CommonWordRank), s => Format(s.CommonWordRank), (s, v) => s with { CommonWordRank = ParseDouble(v) }),
        (nameof(EmbeddingSimilarityWeight), s => Format(s.EmbeddingSimilarityWeight), (s, v) => s with { EmbeddingSimilarityWeight = ParseDouble(v) }),
        (nameof(RedundancyThreshold), s => Format(s.RedundancyThreshold), (s, v) => s with { RedundancyThreshold = ParseDouble(v) }),
        (nameof(LengthExponent), s => Format(s.LengthExponent), (s, v) => s with { LengthExponent = ParseDouble(v) }),
        (nameof(PositionWeight), s => Format(s.PositionWeight), (s, v) => s with { PositionWeight = ParseDouble(v) }),
    ];

    /// <summary>The tuning knobs' names, for usage messages.</summary>
    public static IReadOnlyList<string> KnobNames { get; } = [.. Knobs.Select(k => k.Name)];

    /// <summary>Applies "Name=value,Name=value" (case-insensitive names, invariant numbers) to these settings.
    /// Throws <see cref="ArgumentException"/> naming the bad part.</summary>
    public EngineSettings With(string assignments)
    {
        var result = this;
        foreach (var part in assignments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            var name = eq > 0 ? part[..eq].Trim() : part;
            var knob = Knobs.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (eq <= 0 || knob.Name is null)
                throw new ArgumentException($"'{part}' is not Name=value for a known setting ({string.Join(", ", KnobNames)}).");
            try { result = knob.Set(result, part[(eq + 1)..].Trim()); }
            catch (FormatException) { throw new ArgumentException($"'{part}': not a valid number."); }
            catch (OverflowException) { throw new ArgumentException($"'{part}': out of range."); }
        }
        return result;
    }

    /// <summary>Every knob as "Name=value", comma-separated, invariant culture: the canonical text of a model.</summary>
    public string Describe() => string.Join(',', Knobs.Select(k => $"{k.Name}={k.Get(this)}"));

    /// <summary>A short stable tag of the knob values ("" for the defaults).</summary>
    internal string Tag
    {
        get
        {
            var text = Describe();
            return text == Default.Describe() ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static int ParseInt(string v) => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static double ParseDouble(string v) => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
}
