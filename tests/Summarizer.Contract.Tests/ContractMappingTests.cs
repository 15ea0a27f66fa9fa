using Summarizer.Engine;

namespace Summarizer.Contract.Tests;

/// <summary>The mapping both the local server and the Lambda function answer through.</summary>
public class ContractMappingTests
{
    [Test]
    public void RequestFieldsBecomeTheEngineOptions()
    {
        var options = new SummarizeRequest { Text = "x", Sentences = 3, Method = "kmeans" }.ToOptions();
        Assert.That(options, Is.EqualTo(new SummaryOptions(3, null, "kmeans")));
        Assert.That(new SummarizeRequest { Text = "x", Ratio = 0.25 }.ToOptions(), Is.EqualTo(new SummaryOptions(null, 0.25, null)));
    }

    [Test]
    public void ResponseCarriesThePickedSentencesWithTheirInputIndexes()
    {
        var engine = SummarizerEngine.LoadDefault();
        const string text = "The tea is fresh and fragrant. Shipping took a week. The tin keeps the tea fresh and fragrant for months. I will buy this fresh tea again.";
        var result = engine.Summarize(text, new SummaryOptions(Sentences: 2));

        var response = result.ToResponse(engine.ModelVersion);

        Assert.That(response.Sentences.Select(s => (s.Index, s.Text)), Is.EqualTo(result.Sentences.Select(s => (s.Index, s.Text))));
        Assert.That(response.Sentences, Has.Count.EqualTo(2));
        Assert.That(response.Summary, Is.EqualTo(string.Join(' ', response.Sentences.Select(s => s.Text))));
        Assert.That(response.InputSentences, Is.EqualTo(4));
        Assert.That(response.Method, Is.EqualTo(SummarizerEngine.DefaultMethod));
        Assert.That(response.ModelVersion, Is.EqualTo(engine.ModelVersion));
        foreach (var s in response.Sentences)
            Assert.That(text, Does.Contain(s.Text));
    }

    [Test]
    public void NeitherTheContractNorTheEngineDependsOnTheOther()
    {
        // The contract is shared by the workflows and the Pulumi program, which must not carry the engine; the engine
        // knows nothing of the API. Only this mapping's assembly sees both.
        static IEnumerable<string> Ours(Type t) => t.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Summarizer."));
        Assert.That(Ours(typeof(SummarizeRequest)), Is.Empty);
        Assert.That(Ours(typeof(SummarizerEngine)), Is.Empty);
        Assert.That(Ours(typeof(ContractMapping)), Is.EquivalentTo(new[] { "Summarizer.Contract", "Summarizer.Engine" }));
    }
}
