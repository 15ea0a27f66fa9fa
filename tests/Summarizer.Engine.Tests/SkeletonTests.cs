using Summarizer.Engine;

namespace Summarizer.Engine.Tests;

public class SkeletonTests
{
    [Test]
    public void EmptyTextGivesEmptySummary() =>
        Assert.That(SummarizerEngine.LoadDefault().Summarize("").Sentences, Is.Empty);
}
