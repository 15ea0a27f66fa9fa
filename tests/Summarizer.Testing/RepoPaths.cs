namespace Summarizer.Testing;

/// <summary>Paths of the repository and of the shared data beside it (../shared/data from the root).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Summarizer.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>../shared/data from the repository root; fails the test with a clear message when absent.</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            if (!Directory.Exists(path))
                Assert.Fail($"The shared data folder is missing: expected {path} (clone the repo beside ../shared).");
            return path;
        }
    }

    public static string Shared(params string[] parts) => Path.Combine([SharedData, .. parts]);
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The 1,000 real Amazon Fine Food reviews (CC0) in ../shared/data.</summary>
    public static string ReviewsHead1000 => Shared("amazon-fine-food-reviews", "Reviews-head-1000.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"Summarizer.sln not found above {AppContext.BaseDirectory}.");
    }
}
