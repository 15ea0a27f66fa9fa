using Summarizer.Engine;

namespace Summarizer.Evaluation.Systems;

/// <summary>One method of our engine, through its public API, with the shared sentence budget.</summary>
internal sealed class EngineSystem(SummarizerEngine engine, string method) : ISummarySystem
{
    public string Method => method;

    public string Name => method.Equals(SummarizerEngine.DefaultMethod, StringComparison.OrdinalIgnoreCase)
        ? $"**engine: {method} (default)**"
        : $"engine: {method}";

    public IReadOnlyList<string> Summarize(string text, int sentences) =>
        engine.Summarize(text, new SummaryOptions(Sentences: sentences, Method: method)).Sentences.Select(s => s.Text).ToList();
}
