using Pulumi.Aws.S3;
using Summarizer.Contract;
using Summarizer.Infra.Artifacts;
using Summarizer.Workflows.Batch;

namespace Summarizer.Infra.Tests;

public class ArtifactsTests
{
    [Test]
    public void Each_artifact_is_built_once_per_run()
    {
        var stack = StackRun.Dev();
        stack.Builder.Verify(b => b.BuildWorkerProgram(), Moq.Times.Once);
        stack.Builder.Verify(b => b.BuildFunctionPackage(null), Moq.Times.Once);
        stack.Builder.Verify(b => b.BuildModel(Moq.It.IsAny<string>()), Moq.Times.Never);
    }

    [Test]
    public void Both_artifacts_are_uploaded_to_the_artifacts_bucket_under_content_hash_keys()
    {
        var stack = StackRun.Dev();
        var artifactsBucket = Values.Of(stack.Named<Bucket, BucketArgs>("storage-artifacts").Resource.BucketName);
        var uploads = stack.All<BucketObjectv2, BucketObjectv2Args>().ToDictionary(o => o.Registration.Name, o => o.Args);
        Assert.That(uploads.Keys, Is.EquivalentTo(new[] { "artifacts-worker-program", "artifacts-function-package" }));
        foreach (var (name, built) in new[] { ("artifacts-worker-program", StackRun.WorkerProgram), ("artifacts-function-package", StackRun.FunctionPackage) })
        {
            var key = Values.Of(uploads[name].Key);
            Assert.That(Values.Of(uploads[name].Bucket), Is.EqualTo(artifactsBucket));
            Assert.That(key, Does.StartWith(StorageLayout.ArtifactsPrefix).And.Contain(built.ContentHash[..16]));
            Assert.That(((Pulumi.AssetOrArchive)Values.Of(uploads[name].Source)).Path, Is.EqualTo(built.Path));
        }
        Assert.That(Values.Of(uploads["artifacts-worker-program"].Key), Does.EndWith(".tar.gz"));
        Assert.That(Values.Of(uploads["artifacts-function-package"].Key), Does.EndWith(".zip"));
    }

    [Test]
    public void A_new_build_gets_a_new_key_and_the_workflow_and_function_follow_it()
    {
        var first = StackRun.Dev();
        var rebuilt = StackRun.Dev(builder: StackRun.BuilderOf(
            StackRun.WorkerProgram with { ContentHash = new string('c', 64) },
            StackRun.FunctionPackage with { ContentHash = new string('d', 64) }));
        Assert.That(rebuilt.ProgramKey, Is.Not.EqualTo(first.ProgramKey));
        Assert.That(Values.Of(rebuilt.Named<Pulumi.Aws.Sfn.StateMachine, Pulumi.Aws.Sfn.StateMachineArgs>("batch").Args.Definition),
            Does.Contain(rebuilt.ProgramKey).And.Not.Contain(first.ProgramKey));
        var functionKey = Values.Of(rebuilt.Named<BucketObjectv2, BucketObjectv2Args>("artifacts-function-package").Args.Key);
        Assert.That(Values.Of(rebuilt.Named<Pulumi.Aws.Lambda.Function, Pulumi.Aws.Lambda.FunctionArgs>("summarize").Args.S3Key), Is.EqualTo(functionKey));
    }

    [Test]
    public void The_workflow_passes_the_program_archives_sha256_for_the_instance_to_check()
    {
        var definition = Values.Of(StackRun.Dev().Named<Pulumi.Aws.Sfn.StateMachine, Pulumi.Aws.Sfn.StateMachineArgs>("batch").Args.Definition);
        var send = System.Text.Json.Nodes.JsonNode.Parse(definition)!["States"]!["Run the summarizer"]!["Parameters"]!["Parameters"]!;
        Assert.That((string)send[RunSummarizerDocument.Parameters.ProgramSha256]![0]!, Is.EqualTo(StackRun.WorkerProgram.FileSha256));
    }

    [Test]
    public void The_program_key_fits_the_ssm_documents_allowed_pattern()
    {
        Assert.That(StackRun.Dev().ProgramKey, Does.Match(RunSummarizerDocument.AllowedPattern(RunSummarizerDocument.Parameters.ProgramKey)));
    }
}
