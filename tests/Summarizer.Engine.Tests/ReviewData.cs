using System.Globalization;
using CsvHelper;
using Summarizer.Testing;

namespace Summarizer.Engine.Tests;

/// <summary>The 1,000 real Amazon Fine Food reviews from the shared data, read once.</summary>
internal static class ReviewData
{
    private static readonly Lazy<string[]> LazyTexts = new(() =>
    {
        using var reader = new StreamReader(RepoPaths.ReviewsHead1000);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<Review>().Select(r => r.Text)];
    });

    public static string[] Texts => LazyTexts.Value;

    private sealed class Review
    {
        public string Text { get; set; } = "";
    }
}
