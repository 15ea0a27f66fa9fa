namespace Summarizer.Engine.Tests;

public class EngineSettingsTests
{
    [Test]
    public void WithAppliesNamedValuesCaseInsensitively()
    {
        var s = EngineSettings.Default.With("damping=0.5, LengthExponent=1.25,MinSentenceWords=4");
        Assert.That(s.Damping, Is.EqualTo(0.5));
        Assert.That(s.LengthExponent, Is.EqualTo(1.25));
        Assert.That(s.MinSentenceWords, Is.EqualTo(4));
        Assert.That(s.CommonWordRank, Is.EqualTo(EngineSettings.Default.CommonWordRank));
    }

    [TestCase("Nope=1", "Nope=1")]
    [TestCase("Damping", "Damping")]
    [TestCase("Damping=abc", "not a valid number")]
    [TestCase("MinSentenceWords=99999999999", "out of range")]
    public void BadAssignmentsAreArgumentErrors(string text, string message) =>
        Assert.That(() => EngineSettings.Default.With(text), Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void DescribeRoundTripsThroughWith()
    {
        var tuned = EngineSettings.Default with { Damping = 0.7, Seed = 7, PositionWeight = 0.25 };
        Assert.That(EngineSettings.Default.With(tuned.Describe()), Is.EqualTo(tuned));
        Assert.That(tuned.Describe(), Does.Contain("Damping=0.7").And.Contain("Seed=7"));
    }

    [Test]
    public void EveryKnobChangesTheModelTagAndTheCacheFolderDoesNot()
    {
        Assert.That(EngineSettings.Default.Tag, Is.Empty);
        Assert.That((EngineSettings.Default with { CacheDirectory = "/tmp/x" }).Tag, Is.Empty);
        var tags = EngineSettings.KnobNames.Select(name => EngineSettings.Default.With($"{name}=9").Tag).ToList();
        Assert.That(tags, Has.None.Empty);
        Assert.That(tags, Is.Unique);
    }

    [Test]
    public void SettingsChangeWhatIsPicked()
    {
        var text = string.Join(' ', ReviewData.Texts.Take(3));
        var a = SummarizerEngine.LoadDefault().Summarize(text, new SummaryOptions(Sentences: 3));
        var b = SummarizerEngine.LoadDefault(EngineSettings.Default with { LengthExponent = 0, CommonWordRank = 1 })
            .Summarize(text, new SummaryOptions(Sentences: 3));
        Assert.That(a.Summary, Is.Not.EqualTo(b.Summary));
    }
}
