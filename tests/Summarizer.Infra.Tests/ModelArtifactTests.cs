using Moq;
using Pulumi.Aws.S3;
using Summarizer.Contract;
using Summarizer.Infra.Artifacts;
using Summarizer.Workflows.Batch;

namespace Summarizer.Infra.Tests;

/// <summary>`summarizer:embeddings`: the stack's model artifact, uploaded beside the program and put in the function's package.</summary>
public class ModelArtifactTests
{
    private static readonly Dictionary<string, string> WithModel = new() { ["summarizer:embeddings"] = "models/glove.100d.txt" };

    [Test]
    public void A_configured_model_is_converted_once_uploaded_under_its_hash_and_packaged_with_the_function()
    {
        var stack = StackRun.Dev(WithModel);

        stack.Builder.Verify(b => b.BuildModel("models/glove.100d.txt"), Times.Once);
        stack.Builder.Verify(b => b.BuildFunctionPackage(StackRun.Model), Times.Once);
        var upload = stack.Named<BucketObjectv2>("artifacts-model").Inputs;
        var key = upload.String("key");
        Assert.That(key, Does.StartWith(StorageLayout.ArtifactsPrefix).And.Contain(StackRun.Model.Sha256[..16]).And.EndWith(".sumemb"));
        // Which file an asset uploads is internal to the SDK's asset types: RehearsalTests reads it from the rehearsal.
        Assert.That(upload.Value("source"), Is.InstanceOf<Pulumi.FileAsset>());

        // The worker gets the model's key and hash as typed parameters; results and manifests name it.
        var definition = stack.Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs.String("definition");
        var states = System.Text.Json.Nodes.JsonNode.Parse(definition)!["States"]!;
        var send = states["Run the summarizer"]!["Parameters"]!["Parameters"]!;
        Assert.That((string)send[RunSummarizerDocument.Parameters.ModelKey]![0]!, Is.EqualTo(key));
        Assert.That((string)send[RunSummarizerDocument.Parameters.ModelSha256]![0]!, Is.EqualTo(StackRun.Model.Sha256));
        Assert.That((string)states["Write the manifest"]!["Parameters"]!["Body"]!["modelVersion"]!,
            Is.EqualTo(Engine.SummarizerEngine.ModelVersionWith(StackRun.Model.EmbeddingsName)).And.Contain(StackRun.Model.EmbeddingsName));
        Assert.That(key, Does.Match(RunSummarizerDocument.AllowedPattern(RunSummarizerDocument.Parameters.ModelKey)),
            "the key passes the document's fence");
    }

    [Test]
    public void Without_a_model_nothing_is_converted_or_uploaded()
    {
        var stack = StackRun.Dev();
        stack.Builder.Verify(b => b.BuildModel(It.IsAny<string>()), Times.Never);
        Assert.That(stack.All<BucketObjectv2>().Select(o => o.Name), Does.Not.Contain("artifacts-model"));
        var definition = stack.Named<Pulumi.Aws.Sfn.StateMachine>("batch").Inputs.String("definition");
        var send = System.Text.Json.Nodes.JsonNode.Parse(definition)!["States"]!["Run the summarizer"]!["Parameters"]!["Parameters"]!;
        Assert.That((string)send[RunSummarizerDocument.Parameters.ModelKey]![0]!, Is.EqualTo(RunSummarizerDocument.BundledModel));
    }

    [Test]
    public void A_model_that_cannot_be_read_stops_the_deployment_naming_the_setting()
    {
        var builder = StackRun.BuilderOf(StackRun.WorkerProgram, StackRun.FunctionPackage);
        builder.Setup(b => b.BuildModel(It.IsAny<string>())).Throws(new FileNotFoundException("Could not find file '/repo/models/glove.100d.txt'."));

        var e = Assert.Throws(Is.InstanceOf<Pulumi.RunException>(), () => StackRun.Dev(WithModel, builder));

        Assert.That(e!.Message, Does.Contain("summarizer:embeddings").And.Contain("glove.100d.txt").And.Contain("pulumi config set"));
    }
}
