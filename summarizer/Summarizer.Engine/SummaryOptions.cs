namespace Summarizer.Engine;

/// <summary>How long a summary should be and which method picks it. Null length means the default,
/// ceil(sqrt(#sentences)); null method means the engine's default method.</summary>
public readonly record struct SummaryOptions(int? Sentences = null, double? Ratio = null, string? Method = null);

/// <summary>One picked sentence: its index among the input's sentences, its text, and its rank score under the method
/// that picked it (higher ranked higher; each method's scale is in the README: PageRank for the graph methods,
/// word-frequency salience, 1 / (1 + distance to the nearest centroid) for kmeans, 1 − index / sentences for lead).</summary>
public readonly record struct SummarySentence(int Index, string Text, float Score);

/// <summary>A summary: the picked sentences in input order.</summary>
public sealed record SummaryResult(IReadOnlyList<SummarySentence> Sentences, int InputSentences, string Method)
{
    /// <summary>The picked sentences joined by single spaces.</summary>
    public string Summary => string.Join(' ', Sentences.Select(s => s.Text));
}
