using System.Globalization;
using CsvHelper;

namespace Summarizer.Benchmarks.Engine;

/// <summary>The 1,000 real reviews of ../shared/data (found from the repository root), as the engine sees them.</summary>
internal static class BenchmarkData
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
            throw new InvalidOperationException($"Summarizer.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string[] Reviews()
    {
        var path = Path.Combine(SharedData, "amazon-fine-food-reviews", "Reviews-head-1000.csv");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var texts = new List<string>();
        while (csv.Read()) texts.Add(csv.GetField("Text")!);
        return [.. texts];
    }
}
