using System.IO.Compression;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using Summarizer.Function;
using Summarizer.Testing;

namespace Summarizer.Workflows.Tests.Function;

/// <summary>
/// The deployable zip, built by the same command the Pulumi program runs: ReadyToRun for linux-x64,
/// framework-dependent (runtime dotnet10), at most 10 MB, and able to answer from its own folder the way the
/// Lambda runtime loads it (the package's deps.json, a fresh load context).
/// </summary>
public class LambdaPackageTests
{
    private const long LambdaZipLimitBytes = 10L * 1024 * 1024;

    private string _dir = null!;
    private string _zip = null!;

    [OneTimeSetUp]
    public void Publish()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"lambda-package-{Guid.NewGuid():N}");
        _zip = Path.Combine(_dir, "Summarizer.Function.zip");
        var dotnet = ExternalTool.Require("dotnet", "the .NET 10 SDK");
        var project = RepoPaths.InRepo("functions", "Summarizer.Function", "Summarizer.Function.csproj");
        var (exit, stdout, stderr) = ExternalTool.Run(dotnet,
            ["publish", project, "-c", "Release", "--nologo", "-o", Path.Combine(_dir, "publish"), $"-p:LambdaZipPath={_zip}"],
            timeout: TimeSpan.FromMinutes(5));
        Assert.That(exit, Is.Zero, $"dotnet publish failed:\n{stdout}\n{stderr}");
        ZipFile.ExtractToDirectory(_zip, Path.Combine(_dir, "package"));
    }

    [OneTimeTearDown]
    public void Clean()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Package => Path.Combine(_dir, "package");

    [Test]
    public void TheZipIsUnderLambdasDirectUploadLimit() =>
        Assert.That(new FileInfo(_zip).Length, Is.LessThanOrEqualTo(LambdaZipLimitBytes));

    [Test]
    public void ItIsFrameworkDependentOnNet10()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(Package, "Summarizer.Function.runtimeconfig.json")))!;
        var framework = config["runtimeOptions"]!["framework"]!;
        Assert.That((string?)framework["name"], Is.EqualTo("Microsoft.NETCore.App"));
        Assert.That((string?)framework["version"], Does.StartWith("10."));
        Assert.That(Path.Combine(Package, "System.Private.CoreLib.dll"), Does.Not.Exist, "no bundled runtime");
        Assert.That(Path.Combine(Package, "Summarizer.Function.deps.json"), Does.Exist);
    }

    [Test]
    public void EveryAssemblyIsReadyToRunCompiled()
    {
        var assemblies = Directory.GetFiles(Package, "*.dll");
        Assert.That(assemblies.Select(Path.GetFileName), Does.Contain("Summarizer.Function.dll").And.Contain("Summarizer.Engine.dll"));
        foreach (var file in assemblies)
        {
            using var pe = new PEReader(File.OpenRead(file));
            // A ReadyToRun image carries native code behind the CLR header's ManagedNativeHeader directory.
            Assert.That(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.GreaterThan(0), $"{Path.GetFileName(file)} is not ReadyToRun");
        }
    }

    [Test]
    public void ThePackagedHandlerAnswersFromItsOwnFolder()
    {
        var parts = Handler.LambdaHandler.Split("::");
        var main = Path.Combine(Package, parts[0] + ".dll");
        var context = new PackageLoadContext(main);
        try
        {
            var type = context.LoadFromAssemblyPath(main).GetType(parts[1], throwOnError: true)!;
            Assert.That(type.Assembly.Location, Does.StartWith(Package), "loaded from the package, not the test's copy");
            var handler = Activator.CreateInstance(type);
            var request = Encoding.UTF8.GetBytes(HandlerTests.Json(new { text = HandlerTests.Review, sentences = 2 }));
            using var output = (Stream)type.GetMethod(parts[2])!.Invoke(handler, [new MemoryStream(request)])!;
            using var copy = new MemoryStream();
            output.CopyTo(copy);
            var answer = Envelope.Parse(copy.ToArray());
            Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body);
            Assert.That(answer.Summary().Sentences, Has.Count.EqualTo(2));
        }
        finally { context.Unload(); }
    }

    private sealed class PackageLoadContext(string mainAssembly) : AssemblyLoadContext(isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name) =>
            _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
