using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Summarizer.Engine.Embeddings;
using Summarizer.Function;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// Builds the artifacts with `dotnet publish` from the repository (found from the working directory, which
/// Pulumi sets to the program's folder). Output goes to a temporary folder, never into the repository.
/// </summary>
public sealed class DotnetPublishBuilder(string repositoryRoot, string workDirectory, Func<string, IReadOnlyList<string>, string, int>? run = null,
    TextWriter? log = null)
    : IArtifactBuilder, IDisposable
{
    public const string WorkerProject = "summarizer/Summarizer.Cli/Summarizer.Cli.csproj";
    public const string FunctionProject = "functions/Summarizer.Function/Summarizer.Function.csproj";
    public const string WorkerExecutable = "summarizer";

    // Runs a program (file, arguments, working directory) and returns its exit code; replaceable in tests.
    private readonly Func<string, IReadOnlyList<string>, string, int> _run = run ?? RunProcess;

    // The Pulumi CLI shows what the program writes: the place to say which function package this deployment builds.
    private readonly TextWriter _log = log ?? Console.Out;

    /// <summary>For `pulumi up`: the repository holding this program, a fresh folder under the system temp.</summary>
    public static DotnetPublishBuilder ForCurrentRepository() =>
        new(FindRepositoryRoot(Directory.GetCurrentDirectory()),
            Directory.CreateTempSubdirectory("summarizer-pulumi-artifacts-").FullName);

    /// <summary>Deletes the build folder. Only once the deployment is over: Pulumi reads the files while it runs.</summary>
    public void Dispose()
    {
        if (Directory.Exists(workDirectory)) Directory.Delete(workDirectory, recursive: true);
    }

    public BuiltArtifact BuildWorkerProgram()
    {
        var publish = Path.Combine(workDirectory, "worker");
        // A stale file from an earlier publish would ship (and change the hash): start empty.
        if (Directory.Exists(publish)) Directory.Delete(publish, recursive: true);
        Publish(WorkerProject, "-r", "linux-x64", "--self-contained", "true", "-o", publish);
        if (!File.Exists(Path.Combine(publish, WorkerExecutable)))
            throw new InvalidOperationException($"dotnet publish of {WorkerProject} produced no '{WorkerExecutable}' in {publish}.");
        var archive = Path.Combine(workDirectory, "summarizer-linux-x64.tar.gz");
        WriteTarGz(publish, archive);
        return BuiltArtifact.Of(archive, ContentHash.OfDirectory(publish));
    }

    /// <summary>The function package of the kind this machine can build: Native AOT on linux-x64, the
    /// self-contained build elsewhere. Says which in the `pulumi up` output.</summary>
    public BuiltArtifact BuildFunctionPackage(BuiltModel? model) => BuildFunctionPackage(FunctionPackageKinds.ForThisMachine(), model?.Path);

    /// <param name="kind">Native AOT or self-contained.</param>
    /// <param name="model">A model artifact (binary embeddings file) to carry at the package root as
    /// <see cref="LambdaDeployment.EmbeddingsFileName"/>; null: the function serves the bundled vectors.</param>
    public BuiltArtifact BuildFunctionPackage(FunctionPackageKind kind, string? model = null)
    {
        _log.WriteLine($"Lambda function package: {kind.Describe()} `bootstrap` for {LambdaDeployment.Runtime} {LambdaDeployment.Architecture} " +
                       (kind == FunctionPackageKind.NativeAot
                           ? "(this machine is linux-x64, so it can compile it natively)."
                           : "(Native AOT only builds on linux-x64; this machine builds the portable kind, which starts slower)."));
        var publish = Path.Combine(workDirectory, $"function-{kind.MsBuildValue()}");
        if (Directory.Exists(publish)) Directory.Delete(publish, recursive: true);
        Publish(FunctionProject, $"-p:LambdaPackage={kind.MsBuildValue()}", "-o", publish);
        if (!File.Exists(Path.Combine(publish, LambdaDeployment.ExecutableName)))
            throw new InvalidOperationException($"dotnet publish of {FunctionProject} produced no '{LambdaDeployment.ExecutableName}' in {publish}.");
        if (NewestGlibcNeeded(publish) is { } needed && needed.Version > LambdaDeployment.MaxGlibc)
        {
            // A Native AOT link binds glibc's symbols at the versions of the deploying machine's glibc (2.38 and later
            // version some of them anew), and Lambda would then fail at init on every request. The self-contained
            // kind runs prebuilt .NET binaries that need no more than Amazon Linux 2023 has.
            var cause = $"{needed.File} needs GLIBC_{needed.Version}, and {LambdaDeployment.Runtime} has glibc {LambdaDeployment.MaxGlibc}";
            if (kind != FunctionPackageKind.NativeAot)
                throw new InvalidOperationException($"The {kind.Describe()} function package cannot start on Lambda: {cause}.");
            _log.WriteLine($"Lambda function package: this machine's glibc made the Native AOT `bootstrap` unusable ({cause}); building the self-contained package instead.");
            return BuildFunctionPackage(FunctionPackageKind.SelfContained, model);
        }
        if (model is not null) File.Copy(model, Path.Combine(publish, LambdaDeployment.EmbeddingsFileName));
        var unpacked = Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        if (unpacked > LambdaDeployment.MaxUnzippedPackageBytes)
            throw new InvalidOperationException(
                $"The function package would hold {unpacked / 1048576.0:F0} MiB unzipped (the model artifact {(model is null ? 0 : new FileInfo(model).Length / 1048576.0):F0} MiB of it); " +
                $"Lambda accepts at most {LambdaDeployment.MaxUnzippedPackageBytes / 1048576} MiB. Use a model with fewer words or dimensions.");
        var zip = Path.Combine(workDirectory, $"summarizer-function-{kind.MsBuildValue()}.zip");
        LambdaZip.Write(publish, zip);
        return BuiltArtifact.Of(zip, ContentHash.OfZipEntries(zip));
    }

    /// <summary>The ELF file in the publish folder that needs the newest glibc, and that version; null when none needs any.</summary>
    private static (string File, Version Version)? NewestGlibcNeeded(string publish) =>
        Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories).Where(ElfVersionNeeds.IsElf)
            .Select(f => (File: Path.GetRelativePath(publish, f), Version: ElfVersionNeeds.NewestGlibc(f)))
            .Where(n => n.Version is not null).Select(n => (n.File, Version: n.Version!))
            .OrderByDescending(n => n.Version).Cast<(string, Version)?>().FirstOrDefault();

    public BuiltModel BuildModel(string embeddingsPath)
    {
        var source = Path.GetFullPath(embeddingsPath, repositoryRoot);
        var model = Path.Combine(workDirectory, "model" + EmbeddingsFile.Extension);
        var embeddings = EmbeddingsLoader.LoadUncached(source);
        EmbeddingsFile.Save(embeddings, model);
        _log.WriteLine($"Model artifact: {embeddings.Name} ({embeddings.Count:N0} words, {embeddings.Dimension} dimensions) from {source}, " +
                       $"{new FileInfo(model).Length / 1048576.0:F1} MiB in the engine's binary format.");
        return new BuiltModel(model, ContentHash.OfFile(model), embeddings.Name);
    }

    private void Publish(string project, params string[] options)
    {
        var args = new List<string> { "publish", Path.Combine(repositoryRoot, project), "-c", "Release", "--nologo" };
        args.AddRange(options);
        var exit = _run("dotnet", args, repositoryRoot);
        if (exit != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed with exit code {exit}.");
    }

    // Fixed timestamps and sorted entries: the same files always give the same archive bytes. Modes are kept
    // (the executable bit of `summarizer` matters on the instance).
    private static void WriteTarGz(string directory, string archive)
    {
        using var file = File.Create(archive);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, Path.GetRelativePath(directory, path).Replace('\\', '/'))
            {
                ModificationTime = DateTimeOffset.UnixEpoch,
                Mode = OperatingSystem.IsWindows() ? DefaultMode(path) : File.GetUnixFileMode(path),
                DataStream = File.OpenRead(path),
            };
            tar.WriteEntry(entry);
            entry.DataStream.Dispose();
        }
    }

    private static UnixFileMode DefaultMode(string path) =>
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead
        | (Path.GetFileName(path) == WorkerExecutable ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : 0);

    private static int RunProcess(string fileName, IReadOnlyList<string> args, string workingDirectory)
    {
        var psi = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The Pulumi CLI shows the program's output; the publish log is what a failed build needs.
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.WaitForExit();
        return process.ExitCode;
    }

    internal static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
        throw new Pulumi.RunException($"No Summarizer.sln above {start}: run `pulumi up` from the repository.");
    }
}
