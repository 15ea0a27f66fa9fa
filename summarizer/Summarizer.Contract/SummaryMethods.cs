namespace Summarizer.Contract;

/// <summary>The summarization methods by name, the default first: the names users give (POST /summarize's
/// <c>method</c>, <c>--method</c>, <c>summarizer:method</c>, an upload's <c>method</c> metadata). The engine implements
/// exactly these (its tests hold it to this list).</summary>
public static class SummaryMethods
{
    public const string Hybrid = "hybrid";
    public const string TextRank = "textrank";
    public const string Frequency = "frequency";
    public const string KMeans = "kmeans";
    public const string Lead = "lead";

    public static IReadOnlyList<string> Names { get; } = [Hybrid, TextRank, Frequency, KMeans, Lead];

    public static string Default => Names[0];
}
