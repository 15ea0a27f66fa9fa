using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Summarizer.Infra.Artifacts;
using Summarizer.Testing;

namespace Summarizer.Infra.Tests;

/// <summary>The builder's own logic (commands, archive, hashes) with `dotnet publish` replaced by a fake that
/// writes a publish folder; one explicit test runs the real publish.</summary>
public class DotnetPublishBuilderTests
{
    private string _work = null!;

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("infra-builder-test-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_work, recursive: true);

    // A fake `dotnet publish`: records the arguments and writes the files given into the -o folder.
    private (DotnetPublishBuilder Builder, List<IReadOnlyList<string>> Calls) Fake(Dictionary<string, string> files, int exitCode = 0,
        TextWriter? log = null)
    {
        var calls = new List<IReadOnlyList<string>>();
        var builder = new DotnetPublishBuilder("/repo", _work, log: log ?? TextWriter.Null, run: (file, args, cwd) =>
        {
            Assert.That(file, Is.EqualTo("dotnet"));
            Assert.That(cwd, Is.EqualTo("/repo"));
            calls.Add(args);
            if (exitCode != 0) return exitCode;
            var output = args.SkipWhile(a => a != "-o").Skip(1).FirstOrDefault();
            if (output is not null)
            {
                foreach (var (name, content) in files)
                {
                    var path = Path.Combine(output, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, content);
                    if (name == DotnetPublishBuilder.WorkerExecutable) File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
                }
            }
            return 0;
        });
        return (builder, calls);
    }

    [Test]
    public void The_worker_program_is_a_self_contained_linux_x64_publish_packed_with_its_executable_bit()
    {
        var (builder, calls) = Fake(new() { ["summarizer"] = "ELF", ["lib/model.bin"] = "weights" });
        var built = builder.BuildWorkerProgram();

        Assert.That(calls.Single(), Is.SupersetOf(new[] { "publish", "/repo/" + DotnetPublishBuilder.WorkerProject, "-c", "Release", "-r", "linux-x64", "--self-contained", "true" }));
        using var tar = new TarReader(new GZipStream(File.OpenRead(built.Path), CompressionMode.Decompress));
        var entries = new List<TarEntry>();
        while (tar.GetNextEntry() is { } entry) entries.Add(entry);
        Assert.That(entries.Select(e => e.Name), Is.EqualTo(new[] { "lib/model.bin", "summarizer" }));
        var executable = entries.Single(e => e.Name == "summarizer");
        Assert.That(executable.Mode.HasFlag(UnixFileMode.UserExecute), Is.True);
        Assert.That(executable.ModificationTime, Is.EqualTo(DateTimeOffset.UnixEpoch));
        Assert.That(built.ContentHash, Has.Length.EqualTo(64));
    }

    [Test]
    public void The_worker_program_carries_the_sha256_of_the_archive_bytes_the_instance_will_check()
    {
        var built = Fake(new() { ["summarizer"] = "ELF" }).Builder.BuildWorkerProgram();
        var bytes = File.ReadAllBytes(built.Path);
        Assert.That(built.FileSha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
        Assert.That(built.FileSha256, Is.Not.EqualTo(built.ContentHash), "the archive's bytes, not the content hash");
        // Fixed timestamps and order: the same files give the same archive, so the same hash on every deployer's machine.
        Assert.That(Fake(new() { ["summarizer"] = "ELF" }).Builder.BuildWorkerProgram().FileSha256, Is.EqualTo(built.FileSha256));
    }

    [Test]
    public void The_hash_follows_the_content_not_the_build()
    {
        var same1 = Fake(new() { ["summarizer"] = "v1", ["a.dll"] = "x" }).Builder.BuildWorkerProgram().ContentHash;
        var same2 = Fake(new() { ["a.dll"] = "x", ["summarizer"] = "v1" }).Builder.BuildWorkerProgram().ContentHash;
        var changed = Fake(new() { ["summarizer"] = "v2", ["a.dll"] = "x" }).Builder.BuildWorkerProgram().ContentHash;
        var moved = Fake(new() { ["summarizer"] = "v1a", ["a.dll"] = "" }).Builder.BuildWorkerProgram().ContentHash;
        Assert.That(same2, Is.EqualTo(same1));
        Assert.That(changed, Is.Not.EqualTo(same1));
        Assert.That(moved, Is.Not.EqualTo(Fake(new() { ["summarizer"] = "v1", ["a.dll"] = "ax" }).Builder.BuildWorkerProgram().ContentHash));
    }

    [TestCase(FunctionPackageKind.NativeAot, "aot")]
    [TestCase(FunctionPackageKind.SelfContained, "self-contained")]
    public void The_function_package_is_the_function_projects_publish_of_that_kind_zipped_and_hashed_by_its_entries(FunctionPackageKind kind, string property)
    {
        var files = new Dictionary<string, string> { ["bootstrap"] = "ELF", ["lib/x.so"] = "so" };
        var (builder, calls) = Fake(files);
        var built = builder.BuildFunctionPackage(kind);
        Assert.That(calls.Single(), Is.SupersetOf(new[] { "publish", "/repo/" + DotnetPublishBuilder.FunctionProject, "-c", "Release", $"-p:LambdaPackage={property}" }));
        Assert.That(Path.GetDirectoryName(built.Path), Is.EqualTo(_work), "built outside the repository");
        Assert.That(built.ContentHash, Is.EqualTo(ContentHash.OfZipEntries(built.Path)));
        using (var zip = ZipFile.OpenRead(built.Path))
            Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "bootstrap", "lib/x.so" }), "sorted, at the root");
        var again = Fake(files).Builder.BuildFunctionPackage(kind);
        Assert.That(File.ReadAllBytes(again.Path), Is.EqualTo(File.ReadAllBytes(built.Path)), "the same files give the same zip");
    }

    [Test]
    public void Bootstrap_is_executable_in_the_zip_whatever_the_mode_on_disk_and_whichever_os_zips_it()
    {
        var built = Fake(new() { ["bootstrap"] = "ELF", ["a.dll"] = "x" }).Builder.BuildFunctionPackage(FunctionPackageKind.SelfContained);
        using var zip = ZipFile.OpenRead(built.Path);
        Assert.That(LambdaZip.ModeOf(zip.GetEntry("bootstrap")!), Is.EqualTo(LambdaZip.ExecutableMode));
        Assert.That(LambdaZip.ModeOf(zip.GetEntry("a.dll")!), Is.EqualTo(LambdaZip.FileMode));
        // "Version made by" = 3 (UNIX) in every central directory header, or unzippers ignore the modes.
        var unzip = ExternalTool.Require("zipinfo", "apt-get install -y unzip");
        var (exit, listing, _) = ExternalTool.Run(unzip, [built.Path]);
        Assert.That(exit, Is.Zero);
        Assert.That(listing, Does.Contain("-rwxr-xr-x").And.Contain("unx"));
        Assert.That(listing.Split('\n').Where(l => l.EndsWith(" a.dll")).Single(), Does.StartWith("-rw-r--r--"));
    }

    [Test]
    public void A_publish_without_bootstrap_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => Fake(new() { ["Summarizer.Function"] = "x" }).Builder.BuildFunctionPackage(FunctionPackageKind.NativeAot));

    [TestCase(true, Architecture.X64, FunctionPackageKind.NativeAot)]
    [TestCase(true, Architecture.Arm64, FunctionPackageKind.SelfContained)]
    [TestCase(false, Architecture.X64, FunctionPackageKind.SelfContained)]
    [TestCase(false, Architecture.Arm64, FunctionPackageKind.SelfContained)]
    public void Native_aot_only_where_the_deploying_machine_can_compile_it(bool linux, Architecture architecture, FunctionPackageKind expected) =>
        Assert.That(FunctionPackageKinds.For(linux, architecture), Is.EqualTo(expected));

    [Test]
    public void The_deployment_output_says_which_function_package_it_builds()
    {
        var log = new StringWriter();
        Fake(new() { ["bootstrap"] = "ELF" }, log: log).Builder.BuildFunctionPackage(FunctionPackageKind.SelfContained);
        Assert.That(log.ToString(), Does.Contain("self-contained").And.Contain("provided.al2023"));
        log.GetStringBuilder().Clear();
        Fake(new() { ["bootstrap"] = "ELF" }, log: log).Builder.BuildFunctionPackage(FunctionPackageKind.NativeAot);
        Assert.That(log.ToString(), Does.Contain("Native AOT"));
    }

    // A real ELF executable of this machine (it needs GLIBC_2.34, as the .NET binaries do), and the same bytes with
    // that version need renamed GLIBC_2.38: what a Native AOT link on a machine with glibc 2.38 or later can produce.
    private static byte[] ElfNeeding(string glibc)
    {
        var elf = File.ReadAllBytes("/bin/true");
        var from = "GLIBC_2.34"u8.ToArray();
        var to = System.Text.Encoding.ASCII.GetBytes($"GLIBC_{glibc}");
        Assert.That(to, Has.Length.EqualTo(from.Length));
        for (int at = elf.AsSpan().IndexOf(from); at >= 0; at = elf.AsSpan().IndexOf(from))
            to.CopyTo(elf, at);
        return elf;
    }

    // The tests below rename /bin/true's GLIBC_2.34 need: they need a machine whose /bin/true has exactly that one.
    private static void AssumeTrueNeedsGlibc234() =>
        Assume.That(File.Exists("/bin/true") && ElfVersionNeeds.NewestGlibc("/bin/true") == new Version(2, 34), "a glibc 2.34-2.37 machine's /bin/true");

    // A fake `dotnet publish` of the function whose `bootstrap` (real ELF bytes) depends on the kind asked for.
    private DotnetPublishBuilder FakeFunctionPublish(Func<string, byte[]> bootstrapFor, List<string> kinds, TextWriter log) =>
        new("/repo", _work, log: log, run: (_, args, _) =>
        {
            var kind = args.Single(a => a.StartsWith("-p:LambdaPackage=", StringComparison.Ordinal))["-p:LambdaPackage=".Length..];
            kinds.Add(kind);
            var output = args.SkipWhile(a => a != "-o").Skip(1).First();
            Directory.CreateDirectory(output);
            File.WriteAllBytes(Path.Combine(output, "bootstrap"), bootstrapFor(kind));
            return 0;
        });

    [Test]
    public void A_native_aot_bootstrap_that_needs_a_newer_glibc_than_lambdas_is_replaced_by_the_self_contained_package()
    {
        AssumeTrueNeedsGlibc234();
        var kinds = new List<string>();
        var log = new StringWriter();
        var built = FakeFunctionPublish(kind => kind == "aot" ? ElfNeeding("2.38") : File.ReadAllBytes("/bin/true"), kinds, log)
            .BuildFunctionPackage(FunctionPackageKind.NativeAot);
        Assert.That(kinds, Is.EqualTo(new[] { "aot", "self-contained" }));
        Assert.That(Path.GetFileName(built.Path), Does.Contain("self-contained"));
        Assert.That(log.ToString(), Does.Contain("bootstrap needs GLIBC_2.38").And.Contain("glibc 2.34").And.Contain("self-contained package instead"));
    }

    [Test]
    public void A_native_aot_bootstrap_within_lambdas_glibc_ships_as_it_is()
    {
        AssumeTrueNeedsGlibc234();
        var kinds = new List<string>();
        var built = FakeFunctionPublish(_ => File.ReadAllBytes("/bin/true"), kinds, TextWriter.Null).BuildFunctionPackage(FunctionPackageKind.NativeAot);
        Assert.That(kinds, Is.EqualTo(new[] { "aot" }));
        Assert.That(Path.GetFileName(built.Path), Does.Contain("aot"));
    }

    [Test]
    public void A_self_contained_package_that_needs_a_newer_glibc_stops_the_deployment()
    {
        AssumeTrueNeedsGlibc234();
        var e = Assert.Throws<InvalidOperationException>(() =>
            FakeFunctionPublish(_ => ElfNeeding("2.38"), [], TextWriter.Null).BuildFunctionPackage(FunctionPackageKind.NativeAot));
        Assert.That(e!.Message, Does.Contain("cannot start on Lambda").And.Contain("GLIBC_2.38"));
    }

    [Test]
    public void A_failed_publish_stops_the_deployment_with_the_command()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Fake(new(), exitCode: 1).Builder.BuildWorkerProgram());
        Assert.That(e!.Message, Does.Contain("dotnet publish").And.Contain("exit code 1"));
    }

    [Test]
    public void Files_of_an_earlier_publish_do_not_ship()
    {
        Fake(new() { ["summarizer"] = "v1", ["old.dll"] = "x" }).Builder.BuildWorkerProgram();
        var built = Fake(new() { ["summarizer"] = "v1" }).Builder.BuildWorkerProgram();
        using var tar = new TarReader(new GZipStream(File.OpenRead(built.Path), CompressionMode.Decompress));
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry) names.Add(entry.Name);
        Assert.That(names, Is.EqualTo(new[] { "summarizer" }));
    }

    [Test]
    public void A_publish_without_the_executable_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => Fake(new() { ["other"] = "x" }).Builder.BuildWorkerProgram());

    [Test]
    public void The_repository_root_is_found_from_the_program_folder() =>
        Assert.That(DotnetPublishBuilder.FindRepositoryRoot(RepoPaths.InRepo("infra", "Summarizer.Infra")), Is.EqualTo(RepoPaths.Root));

    [Test, Explicit("Runs three real `dotnet publish` (minutes); run with --filter Name~Real_publish. The function package itself is proven in Summarizer.Function.Tests.")]
    public void Real_publish_builds_both_artifacts()
    {
        var builder = new DotnetPublishBuilder(RepoPaths.Root, _work);
        var worker = builder.BuildWorkerProgram();
        var function = builder.BuildFunctionPackage(model: null);
        Assert.That(new FileInfo(worker.Path).Length, Is.GreaterThan(1_000_000));
        Assert.That(new FileInfo(function.Path).Length, Is.LessThan(15 * 1024 * 1024), "the function package's size budget");
        Assert.That(builder.BuildFunctionPackage(model: null).ContentHash, Is.EqualTo(function.ContentHash), "a rebuild keeps its key");
    }
}

/// <summary>`summarizer:embeddings` as `pulumi up` builds it: converted once, hashed, carried by the function package.</summary>
public class ModelArtifactBuildTests
{
    private string _work = null!;

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("infra-model-test-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_work, recursive: true);

    private DotnetPublishBuilder Builder(Dictionary<string, long>? publishedSizes = null) =>
        new(_work, Path.Combine(_work, "build"), log: TextWriter.Null, run: (_, args, _) =>
        {
            var output = args.SkipWhile(a => a != "-o").Skip(1).First();
            Directory.CreateDirectory(output);
            foreach (var (name, size) in publishedSizes ?? new() { ["bootstrap"] = 3 })
                using (var file = File.Create(Path.Combine(output, name))) file.SetLength(size);
            return 0;
        });

    [Test]
    public void A_glove_text_file_relative_to_the_repository_becomes_a_binary_model_named_by_its_sha256()
    {
        Directory.CreateDirectory(Path.Combine(_work, "models"));
        File.WriteAllText(Path.Combine(_work, "models", "tiny.txt"), "the 0.1 0.2\ntaffy 0.3 0.4\n");

        var built = Builder().BuildModel("models/tiny.txt");

        Assert.That(built.Sha256, Is.EqualTo(ContentHash.OfFile(built.Path)));
        var model = Engine.Embeddings.EmbeddingsFile.Read(built.Path, verifyContentHash: true);
        Assert.That(built.EmbeddingsName, Is.EqualTo(model.Name).And.StartWith("glove2d-2w-"));
        Assert.That(Builder().BuildModel(Path.Combine(_work, "models", "tiny.txt")).Sha256, Is.EqualTo(built.Sha256),
            "an absolute path, a rebuild: the same artifact");
    }

    [Test]
    public void The_function_package_carries_the_model_beside_bootstrap()
    {
        File.WriteAllText(Path.Combine(_work, "tiny.txt"), "the 0.1 0.2\ntaffy 0.3 0.4\n");
        var builder = Builder();
        var model = builder.BuildModel("tiny.txt");

        var package = builder.BuildFunctionPackage(FunctionPackageKind.SelfContained, model.Path);

        using var zip = ZipFile.OpenRead(package.Path);
        var entry = zip.GetEntry(Function.LambdaDeployment.EmbeddingsFileName);
        Assert.That(entry, Is.Not.Null);
        using var stream = entry!.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.That(copy.ToArray(), Is.EqualTo(File.ReadAllBytes(model.Path)));
    }

    [Test]
    public void A_package_over_lambdas_unzipped_limit_is_refused_with_the_sizes()
    {
        File.WriteAllText(Path.Combine(_work, "tiny.txt"), "the 0.1 0.2\n");
        var builder = Builder(new() { ["bootstrap"] = 3, ["huge.so"] = Function.LambdaDeployment.MaxUnzippedPackageBytes });
        var model = builder.BuildModel("tiny.txt");

        var e = Assert.Throws<InvalidOperationException>(() => builder.BuildFunctionPackage(FunctionPackageKind.SelfContained, model.Path));

        Assert.That(e!.Message, Does.Contain("250 MiB").And.Contain("model"));
    }
}
