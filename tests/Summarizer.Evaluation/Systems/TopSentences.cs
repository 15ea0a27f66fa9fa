namespace Summarizer.Evaluation.Systems;

/// <summary>The N best-scored sentences, returned in input order; equal scores go to the earlier sentence.</summary>
internal static class TopSentences
{
    public static IReadOnlyList<string> Pick(IReadOnlyList<string> sentences, IReadOnlyList<double> scores, int count) =>
        Enumerable.Range(0, sentences.Count)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(count).Order()
            .Select(i => sentences[i]).ToList();
}
