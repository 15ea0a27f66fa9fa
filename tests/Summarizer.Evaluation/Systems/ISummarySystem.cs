namespace Summarizer.Evaluation.Systems;

/// <summary>A summarizer under evaluation: given a text and a sentence budget, the sentences it picks.</summary>
internal interface ISummarySystem
{
    /// <summary>The row label in the results table.</summary>
    string Name { get; }

    /// <summary>The picked sentences, as the system outputs them (normally in input order).</summary>
    IReadOnlyList<string> Summarize(string text, int sentences);
}
