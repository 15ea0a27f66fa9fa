namespace Summarizer.Engine.Tests.Methods;

/// <summary>What each method is for, on texts built so that the right answer is clear.</summary>
public class MethodBehaviourTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();

    // Three sentences about the coffee's taste (the review's topic), two off-topic ones; none a near-duplicate of another.
    internal const string Review =
        "The shipping box arrived on a rainy Tuesday afternoon. " +
        "This coffee has a rich bold flavor and the coffee aroma is wonderful. " +
        "My neighbor's dog barked at the delivery truck for an hour. " +
        "The coffee flavor stays smooth and rich even when the coffee cools. " +
        "I love this rich coffee flavor every morning.";

    [TestCase("hybrid")]
    [TestCase("textrank")]
    [TestCase("frequency")]
    public void CentralAndSalientMethodsPickTheTopicSentences(string method)
    {
        var result = Engine.Summarize(Review, new SummaryOptions(Sentences: 2, Method: method));
        Assert.That(result.Sentences.Select(s => s.Index), Is.SubsetOf(new[] { 1, 3, 4 }), result.Summary);
    }

    [Test]
    public void LeadPicksTheFirstSentences() =>
        Assert.That(Engine.Summarize(Review, new SummaryOptions(Sentences: 2, Method: "lead")).Sentences.Select(s => s.Index),
            Is.EqualTo(new[] { 0, 1 }));

    [Test]
    public void KMeansCoversDifferentTopics()
    {
        // Two clusters (coffee, dogs): one representative each, not two coffee sentences.
        const string text = "The coffee tastes rich and bold. This coffee flavor is smooth and rich. Rich bold coffee every morning. " +
                            "The dog barked at the cat. My dog chased the neighbor's cat. The cat ran from the barking dog.";
        var picked = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: "kmeans")).Sentences.Select(s => s.Index).ToArray();
        Assert.That(picked, Has.Length.EqualTo(2));
        Assert.That(picked[0], Is.LessThan(3));
        Assert.That(picked[1], Is.GreaterThanOrEqualTo(3));
    }

    [TestCase("hybrid")]
    [TestCase("textrank")]
    [TestCase("frequency")]
    public void ExactDuplicatesAreNotPickedTwice(string method)
    {
        const string text = "This coffee has a rich bold flavor. This coffee has a rich bold flavor. " +
                            "The rich coffee flavor is great. Shipping was slow. The bag was fine.";
        var result = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: method));
        Assert.That(result.Sentences.Select(s => s.Text), Is.Unique, result.Summary);
    }

    [Test]
    public void LongTextsRankOnlyTheirMostSalientSentencesInTheGraph()
    {
        // Far more sentences than graph nodes, each of words found nowhere else; the topic sentences still win.
        var filler = string.Concat(Enumerable.Range(0, 1000).Select(i => $"Alpha{i} beta{i} gamma{i} delta{i}. "));
        var text = filler + Review;
        var result = Engine.Summarize(text, new SummaryOptions(Sentences: 2, Method: "hybrid"));
        Assert.That(result.InputSentences, Is.EqualTo(1005));
        foreach (var s in result.Sentences) Assert.That(s.Text, Does.Contain("coffee"));
    }
}
