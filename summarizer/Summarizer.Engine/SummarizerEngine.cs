namespace Summarizer.Engine;

/// <summary>
/// The engine's entry point. Immutable and thread-safe: load it once (per process, per Lambda container)
/// and call <see cref="Summarize"/> from any number of threads.
/// TEMPORARY SKELETON: a naive implementation that fixes the API for the CLI, function and workflows;
/// the engine issue replaces the body.
/// </summary>
public sealed class SummarizerEngine
{
    public static IReadOnlyList<string> Methods { get; } = ["lead"];
    public static string DefaultMethod => Methods[0];

    public string ModelVersion => "skeleton-0";

    public static SummarizerEngine LoadDefault() => new();
    public static SummarizerEngine Load(string embeddingsPath) => new();

    public static bool IsKnownMethod(string name) => Methods.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Never throws for any text: empty or whitespace text gives an empty summary.</summary>
    public SummaryResult Summarize(string text, SummaryOptions options = default)
    {
        var parts = text.Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int n = options.Sentences ?? (int)Math.Ceiling(Math.Sqrt(parts.Length));
        var picked = parts.Take(n).Select((s, i) => new SummarySentence(i, s)).ToList();
        return new SummaryResult(picked, parts.Length, DefaultMethod);
    }
}
