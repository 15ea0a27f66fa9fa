using Summarizer.Evaluation.Data;
using Summarizer.Testing;

namespace Summarizer.Evaluation.Tests;

public class OpinosisTests
{
    [Test]
    public void Lines_are_sentences_and_blank_lines_are_dropped()
    {
        Assert.That(OpinosisDataset.ParseSentences(" It is accurate .\r\n\r\n  Easy to use .\r\n"), Is.EqualTo(new[] { "It is accurate .", "Easy to use ." }));
    }

    [Test]
    public void Real_set_has_51_topics_each_with_sentences_and_human_summaries()
    {
        var topics = OpinosisDataset.Load(RepoPaths.Shared("opinosis"));
        Assert.That(topics, Has.Count.EqualTo(51));
        Assert.That(topics.Sum(t => t.References.Count), Is.EqualTo(238));
        Assert.That(topics, Has.All.Matches<OpinosisTopic>(t => t!.Sentences.Count >= 10 && t.References.Count >= 1));
        var garmin = topics.Single(t => t.Name == "accuracy_garmin_nuvi_255W_gps");
        Assert.That(garmin.References[0], Does.StartWith("This unit is generally quite accurate."));
        Assert.That(garmin.Text.Split('\n'), Has.Length.EqualTo(garmin.Sentences.Count));
    }
}
