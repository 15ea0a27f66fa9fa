using Moq;
using Pulumi.Aws.S3;
using Summarizer.Contract;
using Summarizer.Infra.Artifacts;

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
        var upload = stack.Named<BucketObjectv2, BucketObjectv2Args>("artifacts-model").Args;
        Assert.That(Values.Of(upload.Key), Does.StartWith(StorageLayout.ArtifactsPrefix).And.Contain(StackRun.Model.ContentHash[..16]).And.EndWith(".sumemb"));
        Assert.That(((Pulumi.AssetOrArchive)Values.Of(upload.Source)).Path, Is.EqualTo(StackRun.Model.Path));
    }

    [Test]
    public void Without_a_model_nothing_is_converted_or_uploaded()
    {
        var stack = StackRun.Dev();
        stack.Builder.Verify(b => b.BuildModel(It.IsAny<string>()), Times.Never);
        Assert.That(stack.All<BucketObjectv2, BucketObjectv2Args>().Select(o => o.Registration.Name), Does.Not.Contain("artifacts-model"));
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
