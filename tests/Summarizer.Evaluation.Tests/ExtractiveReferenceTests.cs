using Summarizer.Evaluation.Data;
using Summarizer.Evaluation.Text;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

public class ExtractiveReferenceTests
{
    private static readonly CollapsedText Article = new(
        "The dollar rose.  Mr. Smith said the U.S. economy grew 2.5% today.\n\nMarkets fell. \"It is bad,\" he said.");

    [Test]
    public void Splits_at_joins_without_a_space_but_not_inside_abbreviations_or_numbers()
    {
        var sentences = ExtractiveReference.Recover("Markets fell.Mr. Smith said the U.S. economy grew 2.5% today.", Article);
        Assert.That(sentences, Is.EqualTo(new[] { "Markets fell.", "Mr. Smith said the U.S. economy grew 2.5% today." }));
    }

    [Test]
    public void Splits_after_a_closing_quote()
    {
        var sentences = ExtractiveReference.Recover("\"It is bad,\" he said.The dollar rose.", Article);
        Assert.That(sentences, Is.EqualTo(new[] { "\"It is bad,\" he said.", "The dollar rose." }));
    }

    [Test]
    public void A_reference_with_text_not_in_the_article_is_rejected()
    {
        Assert.That(ExtractiveReference.Recover("Markets fell.Bonds rallied.", Article), Is.Null);
    }

    [Test]
    public void Html_entities_of_the_scraped_files_are_decoded_in_article_and_reference()
    {
        var document = BbcDataset.Parse("t/1", "Title\n\nWe met in a caf&#233;. It rained.\n", "We met in a caf&#233;.");
        Assert.That(document!.Body, Is.EqualTo("We met in a café. It rained."));
        Assert.That(document.ReferenceSentences, Is.EqualTo(new[] { "We met in a café." }));
    }

    [Test]
    public void Real_bbc_dev_set_loads_with_recovered_references()
    {
        var dataset = BbcDataset.Load(RepoPaths.Shared("bbc-news-summary-dev"));
        Assert.That(dataset.Documents.Count + dataset.Skipped.Count, Is.EqualTo(1111));
        Assert.That(dataset.Skipped.Count, Is.LessThanOrEqualTo(11), string.Join("\n", dataset.Skipped));

        var dollar = dataset.Documents.Single(d => d.Id == "business/002");
        Assert.That(dollar.Title, Is.EqualTo("Dollar gains on Greenspan speech"));
        Assert.That(dollar.ReferenceSentences, Has.Count.EqualTo(6));
        Assert.That(dollar.ReferenceSentences[0], Does.StartWith("The dollar has hit its highest level").And.EndWith("set to stabilise."));
        Assert.That(dollar.ReferenceSentences[3], Does.StartWith("\"I think the chairman's"));

        var body = new CollapsedText(dollar.Body);
        foreach (var document in dataset.Documents.Take(50))
            Assert.That(document.ReferenceSentences, Has.All.Matches<string>(s => new CollapsedText(document.Body).Value.Contains(s!)));
        Assert.That(body.Value, Does.Not.Contain("Dollar gains on Greenspan speech"), "the title is not part of the body");
    }
}
