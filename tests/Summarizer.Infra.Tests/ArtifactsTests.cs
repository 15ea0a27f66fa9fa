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
        var artifactsBucket = Values.Of(stack.Named<Bucket>("storage-artifacts").Resource.BucketName);
        var uploads = stack.All<BucketObjectv2>().ToDictionary(o => o.Name, o => o.Inputs);
        Assert.That(uploads.Keys, Is.EquivalentTo(new[] { "artifacts-worker-program", "artifacts-function-package" }));
        foreach (var (name, built) in new[] { ("artifacts-worker-program", StackRun.WorkerProgram), ("artifacts-function-package", StackRun.FunctionPackage) })
        {
            Assert.That(uploads[name].String("bucket"), Is.EqualTo(artifactsBucket));
            Assert.That(uploads[name].String("key"), Does.StartWith(StorageLayout.ArtifactsPrefix).And.Contain(built.ContentHash[..16]));
            // Which file each asset uploads is internal to the SDK's asset types: RehearsalTests reads it from the rehearsal.
            Assert.That(uploads[name].Value("source"), Is.InstanceOf<Pulumi.FileAsset>());
        }
        Assert.That(uploads["artifacts-worker-program"].String("key"), Does.EndWith(".tar.gz"));
        Assert.That(uploads["artifacts-function-package"].String("key"), Does.EndWith(".zip"));
    }

    [Test]
    public void A_new_build_gets_a_new_key_and_the_workflow_and_function_follow_it()
    {
        var first = StackRun.Dev();
        var rebuilt = StackRun.Dev(builder: StackRun.BuilderOf(
            StackRun.WorkerProgram with { ContentHash = new string('c', 64) },
            StackRun.FunctionPackage with { ContentHash = new string('d', 64) }));
        Assert.That(rebuilt.ProgramKey, Is.Not.EqualTo(first.ProgramKey));
        Assert.That(rebuilt.Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs.String("definition"),
            Does.Contain(rebuilt.ProgramKey).And.Not.Contain(first.ProgramKey));
        var functionKey = rebuilt.Named<BucketObjectv2>("artifacts-function-package").Inputs.String("key");
        Assert.That(rebuilt.Named<Pulumi.Aws.Lambda.Function>("summarize").Inputs.String("s3Key"), Is.EqualTo(functionKey));
    }

    [Test]
    public void The_workflow_passes_the_program_archives_sha256_for_the_instance_to_check()
    {
        var definition = StackRun.Dev().Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs.String("definition");
        var send = System.Text.Json.Nodes.JsonNode.Parse(definition)!["States"]!["Run the summarizer"]!["Parameters"]!["Parameters"]!;
        Assert.That((string)send[RunSummarizerDocument.Parameters.ProgramSha256]![0]!, Is.EqualTo(StackRun.WorkerProgram.FileSha256));
    }

    [Test]
    public void The_program_key_fits_the_ssm_documents_allowed_pattern()
    {
        Assert.That(StackRun.Dev().ProgramKey, Does.Match(RunSummarizerDocument.AllowedPattern(RunSummarizerDocument.Parameters.ProgramKey)));
    }
}
