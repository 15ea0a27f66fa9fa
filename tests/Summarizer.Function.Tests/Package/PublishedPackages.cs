using Summarizer.Infra.Artifacts;
using Summarizer.Testing;

namespace Summarizer.Function.Tests.Package;

/// <summary>A function package built by the Pulumi program's own builder and unpacked as Lambda unpacks it.</summary>
internal sealed record PublishedPackage(FunctionPackageKind Kind, string Zip, string TaskRoot);

/// <summary>
/// Builds each package kind once per test run, however many fixtures use it (a Native AOT publish takes about a
/// minute), and deletes them at the end of the run.
/// </summary>
[SetUpFixture]
public sealed class PublishedPackages
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), $"function-packages-{Guid.NewGuid():N}");
    private static readonly Dictionary<FunctionPackageKind, Lazy<PublishedPackage>> Packages =
        Enum.GetValues<FunctionPackageKind>().ToDictionary(kind => kind,
            kind => new Lazy<PublishedPackage>(() => Build(kind, Path.Combine(Work, kind.MsBuildValue()))));

    internal static PublishedPackage Get(FunctionPackageKind kind) => Packages[kind].Value;

    /// <summary>Builds a package of that kind in <paramref name="folder"/>, with <paramref name="model"/> (a binary
    /// embeddings file) beside `bootstrap` when given, and unpacks it into folder/task.</summary>
    internal static PublishedPackage Build(FunctionPackageKind kind, string folder, string? model = null)
    {
        Directory.CreateDirectory(folder);
        // Exactly what `pulumi up` runs, only with the kind named instead of chosen for this machine.
        var builder = new DotnetPublishBuilder(RepoPaths.Root, folder, log: TestContext.Progress);
        var built = builder.BuildFunctionPackage(kind, model);
        // Info-ZIP's unzip applies the Unix modes stored in the zip, as Lambda does when it unpacks a package.
        var unzip = ExternalTool.Require("unzip", "apt-get install -y unzip");
        var taskRoot = Path.Combine(folder, "task");
        var (exit, stdout, stderr) = ExternalTool.Run(unzip, ["-q", built.Path, "-d", taskRoot]);
        Assert.That(exit, Is.Zero, $"unzip failed:\n{stdout}\n{stderr}");
        return new PublishedPackage(kind, built.Path, taskRoot);
    }

    [OneTimeTearDown]
    public void DeletePackages()
    {
        try { if (Directory.Exists(Work)) Directory.Delete(Work, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
