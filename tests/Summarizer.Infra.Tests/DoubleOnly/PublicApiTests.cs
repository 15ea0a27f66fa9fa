using System.Text.RegularExpressions;
using Summarizer.Testing;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The infra tests outside DoubleOnly/ use only what the real Pulumi SDK and Pulumi.Aws make public (the double exposes
/// nothing else to them but Pulumi.Double, its rehearsal), so they compile and pass against the real packages too.
/// </summary>
public class PublicApiTests
{
    // A use of the namespace in code (`using Pulumi.Double;`, `Pulumi.Double.Rehearsal`), not the folder's path in prose.
    private static readonly Regex DoubleNamespace = new(@"(?<![/\w])Pulumi\.Double[.;]");

    [Test]
    public void Only_the_double_only_tests_use_the_doubles_own_namespace()
    {
        var root = RepoPaths.InRepo("tests", "Summarizer.Infra.Tests");
        var users = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => DoubleNamespace.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.That(users, Is.All.StartsWith("DoubleOnly/"));
    }
}
