namespace Summarizer.Testing;

/// <summary>Real long texts from ../shared/data: every BBC article of the dev half (~17 sentences) and every Opinosis
/// topic (~100 review sentences, one a line), in a fixed order. Long texts are where a summary is most sensitive to
/// arithmetic detail (e.g. the rounding of a sum).</summary>
public static class LongTexts
{
    public sealed record LongText(string Path, string Text);

    public static IReadOnlyList<LongText> BbcAndOpinosis() =>
        Directory.EnumerateFiles(RepoPaths.Shared("bbc-news-summary-dev", "articles"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Shared("opinosis", "topics"), "*.data"))
            .Order(StringComparer.Ordinal)
            .Select(path => new LongText(path, File.ReadAllText(path)))
            .ToList();
}
