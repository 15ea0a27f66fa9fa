using System.Text.RegularExpressions;
using Pulumi.Double;
using Summarizer.Testing;

namespace Summarizer.Infra.Tests;

/// <summary>
/// Double-only (Pulumi.Double.Rehearsal has no counterpart in the real SDK): the build of the program against the test
/// double, what `dotnet run --project infra/Summarizer.Infra.Rehearsal` does (reads Pulumi.dev.yaml, prints the
/// resources, the files they upload and the outputs, refuses bad settings and duplicate URNs), and that it refuses to
/// run at all when a Pulumi engine starts it, so a mistaken deploy can never register nothing (which the engine would
/// read as "delete the stack").
/// </summary>
public class RehearsalTests
{
    private static int Rehearse(IReadOnlyDictionary<string, string?> environment, out string output, out string error, Func<IDictionary<string, object?>>? program = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var builder = StackRun.BuilderOf(StackRun.WorkerProgram, StackRun.FunctionPackage);
        var code = Rehearsal.Run(program ?? (() => SummarizerStack.Define(SummarizerConfig.Load(), builder.Object)),
            environment, RepoPaths.InRepo("infra", "Summarizer.Infra"), stdout, stderr);
        (output, error) = (stdout.ToString(), stderr.ToString());
        return code;
    }

    [TestCase("PULUMI_MONITOR")]
    [TestCase("PULUMI_ENGINE")]
    public void Under_a_pulumi_engine_it_refuses_before_running_anything(string variable)
    {
        var ran = false;
        var code = Rehearse(new Dictionary<string, string?> { [variable] = "127.0.0.1:4321" }, out var output, out var error,
            () => { ran = true; return new Dictionary<string, object?>(); });
        Assert.That(code, Is.EqualTo(Rehearsal.RefusedUnderEngine));
        Assert.That(ran, Is.False, "the program never ran");
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain(variable).And.Contain("test double").And.Contain("infra/Summarizer.Infra").And.Contain("real Pulumi packages"));
    }

    [Test]
    public void The_built_rehearsal_program_exits_at_once_under_an_engine_wherever_it_is_started()
    {
        // The artifact itself, as `pulumi up` would start a wrongly built program: from outside the repository too.
        var program = Path.Combine(AppContext.BaseDirectory, "Summarizer.Infra.Rehearsal.dll");
        var (code, stdout, stderr) = ExternalTool.Run("dotnet", [program], workingDirectory: Path.GetTempPath(),
            environment: new Dictionary<string, string?> { ["PULUMI_MONITOR"] = "127.0.0.1:1", ["PULUMI_CONFIG"] = null },
            timeout: TimeSpan.FromMinutes(1));
        Assert.That(code, Is.EqualTo(Rehearsal.RefusedUnderEngine), stdout + stderr);
        Assert.That(stderr, Does.Contain("PULUMI_MONITOR is set"));
    }

    [Test]
    public void Without_pulumi_config_it_reads_the_dev_stack_file_and_prints_every_resource_under_its_parent_and_every_output()
    {
        var code = Rehearse(new Dictionary<string, string?>(), out var output, out var error);
        Assert.That(code, Is.EqualTo(0), error);
        var expected = StackRun.Dev(firstPreview: true);
        var resources = expected.Resources.Where(r => r is not ProgramUnderTest).ToList();
        Assert.That(output, Does.Contain("stack 'dev' of project 'summarizer'").And.Contain("Pulumi.dev.yaml"));
        Assert.That(output, Does.Contain($"{resources.Count} resources would be registered; nothing was deployed"));
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var r in resources)
        {
            var depth = 1;
            for (var p = expected.OptionsOf(r).Parent; p is not null; p = expected.OptionsOf(p).Parent) depth++;
            var line = $"{new string(' ', 2 * depth)}{r.GetResourceType()}  {r.GetResourceName()}";
            Assert.That(lines, Has.One.Match($@"^{Regex.Escape(line)}(  \(uploads [^)]+\))?$"), $"{r.GetResourceType()} {r.GetResourceName()} at depth {depth}");
        }
        foreach (var key in expected.Outputs.Keys)
            Assert.That(lines, Has.Some.StartsWith($"  {key}: "), key);
        Assert.That(lines, Has.Some.EqualTo("  apiKey: [secret]"), "secrets are not printed");
        Assert.That(lines, Has.Some.EqualTo($"  resultKeyPattern: {Summarizer.Contract.StorageLayout.ResultKeyPattern}"), "a value the program knows");
        Assert.That(lines, Has.Some.EqualTo($"  inputBucket: {Rehearsal.KnownAfterDeploy}"), "a name AWS assigns");
    }

    [Test]
    public void Each_upload_names_the_local_file_it_sends()
    {
        // The file behind an asset is internal to Pulumi's asset types (no public getter, so the public-API tests can
        // only see that the source is a FileAsset): the rehearsal shows it.
        var code = Rehearse(new Dictionary<string, string?>(), out var output, out var error);
        Assert.That(code, Is.EqualTo(0), error);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.That(lines, Has.One.EqualTo($"aws:s3/bucketObjectv2:BucketObjectv2  artifacts-worker-program  (uploads {StackRun.WorkerProgram.Path})"));
        Assert.That(lines, Has.One.EqualTo($"aws:s3/bucketObjectv2:BucketObjectv2  artifacts-function-package  (uploads {StackRun.FunctionPackage.Path})"));
    }

    [Test]
    public void Two_resources_with_the_same_urn_fail_the_rehearsal_as_they_would_fail_a_deployment()
    {
        var code = Rehearse(new Dictionary<string, string?> { ["PULUMI_CONFIG"] = "{}" }, out var output, out var error, () =>
        {
            new Pulumi.Aws.S3.Bucket("same");
            new Pulumi.Aws.S3.Bucket("same");
            return new Dictionary<string, object?>();
        });
        Assert.That(code, Is.EqualTo(Rehearsal.ProgramError));
        Assert.That(error, Is.EqualTo("error: Duplicate resource URN 'urn:pulumi:dev::summarizer::aws:s3/bucket:Bucket::same'; try giving it a unique name" + Environment.NewLine));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void An_invalid_setting_fails_the_rehearsal_with_the_programs_message()
    {
        var config = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>(StackRun.DevConfig()) { ["summarizer:logRetentionDays"] = "10" });
        var code = Rehearse(new Dictionary<string, string?> { ["PULUMI_CONFIG"] = config }, out var output, out var error);
        Assert.That(code, Is.EqualTo(Rehearsal.ProgramError));
        Assert.That(error, Does.StartWith("error: summarizer:logRetentionDays is '10'"));
        Assert.That(output, Is.Empty, "nothing is listed for a program that failed");
    }

    [Test]
    public void A_missing_setting_fails_the_rehearsal_with_pulumis_message()
    {
        var code = Rehearse(new Dictionary<string, string?> { ["PULUMI_CONFIG"] = "{}" }, out _, out var error);
        Assert.That(code, Is.EqualTo(Rehearsal.ProgramError));
        Assert.That(error, Does.Contain("aws:region").And.Contain("pulumi config set"));
    }
}
