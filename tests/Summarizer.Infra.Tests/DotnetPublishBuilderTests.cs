using System.Formats.Tar;
using System.IO.Compression;
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

    // A fake `dotnet publish`: records the arguments and writes the files given into the -o folder or the zip.
    private (DotnetPublishBuilder Builder, List<IReadOnlyList<string>> Calls) Fake(Dictionary<string, string> files, int exitCode = 0)
    {
        var calls = new List<IReadOnlyList<string>>();
        var builder = new DotnetPublishBuilder("/repo", _work, (file, args, cwd) =>
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
            var zip = args.FirstOrDefault(a => a.StartsWith("-p:LambdaZipPath="))?["-p:LambdaZipPath=".Length..];
            if (zip is not null)
            {
                File.Delete(zip); // the function project's ZipDirectory overwrites
                using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
                foreach (var (name, content) in files)
                    using (var writer = new StreamWriter(archive.CreateEntry(name).Open())) writer.Write(content);
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

    [Test]
    public void The_function_package_is_the_function_projects_publish_zip_hashed_by_its_entries()
    {
        var (builder, calls) = Fake(new() { ["Summarizer.Function.dll"] = "r2r" });
        var built = builder.BuildFunctionPackage();
        Assert.That(calls.Single(), Is.SupersetOf(new[] { "publish", "/repo/" + DotnetPublishBuilder.FunctionProject, "-c", "Release" }));
        Assert.That(Path.GetDirectoryName(built.Path), Is.EqualTo(_work), "built outside the repository");
        Assert.That(built.ContentHash, Is.EqualTo(ContentHash.OfZipEntries(built.Path)));
        var again = Fake(new() { ["Summarizer.Function.dll"] = "r2r" }).Builder.BuildFunctionPackage();
        Assert.That(again.ContentHash, Is.EqualTo(built.ContentHash), "zip timestamps do not matter");
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

    [Test, Explicit("Runs two real `dotnet publish` (about a minute); run with --filter Name~Real_publish")]
    public void Real_publish_builds_both_artifacts()
    {
        var builder = new DotnetPublishBuilder(RepoPaths.Root, _work);
        var worker = builder.BuildWorkerProgram();
        var function = builder.BuildFunctionPackage();
        Assert.That(new FileInfo(worker.Path).Length, Is.GreaterThan(1_000_000));
        Assert.That(new FileInfo(function.Path).Length, Is.LessThan(10 * 1024 * 1024), "Lambda zip limit of the workflows issue");
        Assert.That(builder.BuildFunctionPackage().ContentHash, Is.EqualTo(function.ContentHash), "a rebuild keeps its key");
    }
}
