using Summarizer.Evaluation.Metrics;
using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Tests;

public class SentenceOverlapTests
{
    private static readonly CollapsedText Article = new("A one. B two.\n\nC three. D four.");
    private static readonly string[] Gold = ["B two.", "D four."];

    [Test]
    public void Same_split_gives_exact_set_precision_and_recall()
    {
        var s = SentenceOverlap.Score(Article, Gold, ["A one.", "B two."]);
        Assert.That(s.Score, Is.EqualTo(new Prf(0.5, 0.5, 0.5)));
        Assert.That(s.Unlocated, Is.Zero);
    }

    [Test]
    public void Picking_the_reference_scores_one()
    {
        Assert.That(SentenceOverlap.Score(Article, Gold, Gold).Score, Is.EqualTo(new Prf(1, 1, 1)));
    }

    [Test]
    public void A_picked_unit_spanning_a_gold_and_a_longer_other_sentence_is_wrong_but_recalls_the_gold()
    {
        // "B two. C three." has 12 non-space characters, 5 of them gold: not a majority.
        var s = SentenceOverlap.Score(Article, Gold, ["B two. C three."]);
        Assert.That(s.Score.Precision, Is.Zero);
        Assert.That(s.Score.Recall, Is.EqualTo(0.5));
    }

    [Test]
    public void Text_not_in_the_article_counts_as_a_wrong_pick()
    {
        var s = SentenceOverlap.Score(Article, Gold, ["D four.", "Z nothing."]);
        Assert.That(s.Unlocated, Is.EqualTo(1));
        Assert.That(s.Score.Precision, Is.EqualTo(0.5));
        Assert.That(s.Score.Recall, Is.EqualTo(0.5));
    }
}
