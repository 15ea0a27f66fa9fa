using System.IO.Compression;
using System.Text.Json;
using Summarizer.Engine;
using Summarizer.Engine.Embeddings;
using Summarizer.Infra.Artifacts;
using Summarizer.Infra.Realtime;
using Summarizer.Testing;

namespace Summarizer.Function.Tests.Package;

/// <summary>
/// A stack with `summarizer:embeddings` deploys a package that carries the model artifact beside `bootstrap`: built by
/// the Pulumi program's builder with a model, unpacked, started as Lambda starts it, it answers with that model.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ModelArtifactTests
{
    private string _work = null!;
    private WordEmbeddings _model = null!;
    private string _taskRoot = null!;
    private string _zip = null!;

    [OneTimeSetUp]
    public void BuildAPackageWithAModel()
    {
        _work = Directory.CreateTempSubdirectory("function-model-").FullName;
        // A model that is not the bundled one: the first 3,000 words of the shared GloVe file.
        var glove = Path.Combine(_work, "glove-3000.txt");
        File.WriteAllLines(glove, File.ReadLines(RepoPaths.Shared("glove", "glove.twitter.27B.25d.trimmed.txt")).Take(3000));
        var modelPath = Path.Combine(_work, "model" + EmbeddingsFile.Extension);
        _model = EmbeddingsLoader.LoadUncached(glove);
        EmbeddingsFile.Save(_model, modelPath);

        var package = PublishedPackages.Build(FunctionPackageKinds.ForThisMachine(), Path.Combine(_work, "package"), modelPath);
        (_zip, _taskRoot) = (package.Zip, package.TaskRoot);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Test]
    public void ThePackageCarriesTheModelAtItsRootAsAPlainFile()
    {
        using var zip = ZipFile.OpenRead(_zip);
        var entry = zip.GetEntry(LambdaDeployment.EmbeddingsFileName);
        Assert.That(entry, Is.Not.Null);
        Assert.That(LambdaZip.ModeOf(entry!), Is.EqualTo(LambdaZip.FileMode));
    }

    [Test]
    public void TheFunctionLoadsThePackagedModelInItsInitAndAnswersWithIt()
    {
        using var function = new LambdaSandbox(_taskRoot);
        var posted = function.Invoke(JsonSerializer.Serialize(new { text = SampleTexts.Review, sentences = 2 }));

        var answer = Envelope.Parse(posted.Body);
        Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body);
        var engine = SummarizerEngine.Create(_model);
        Assert.That(answer.Summary().ModelVersion, Is.EqualTo(engine.ModelVersion));
        Assert.That(answer.Summary().ModelVersion, Does.Contain("glove25d-3000w-"), "names the packaged model, not the bundled one");
        Assert.That(answer.Summary().Summary, Is.EqualTo(engine.Summarize(SampleTexts.Review, new SummaryOptions(Sentences: 2)).Summary));
        Assert.That(function.WaitForLog($"{engine.ModelVersion} loaded"), Does.Contain($"{engine.ModelVersion} loaded"), "loaded in the init phase, before the first event");
    }
}
