using Summarizer.Evaluation.Systems;
using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Tests;

/// <summary>The peers' shared splitter, Lead-N and TextRank (the similarity and PageRank worked by hand).</summary>
public class PeerTests
{
    [Test]
    public void Splitter_keeps_abbreviations_prices_and_quoted_questions_together()
    {
        var text = "Mr. Smith paid $3.50 for it in the U.S. Today. He left!! \"Why?\" she asked.\nA line without a stop\nLast one.";
        Assert.That(PeerSentenceSplitter.Split(text), Is.EqualTo(new[]
        {
            "Mr. Smith paid $3.50 for it in the U.S. Today.", "He left!!", "\"Why?\" she asked.", "A line without a stop", "Last one.",
        }));
    }

    [Test]
    public void Lead_takes_the_first_sentences()
    {
        Assert.That(new LeadSystem().Summarize("One is here. Two is here. Three is here.", 2), Is.EqualTo(new[] { "One is here.", "Two is here." }));
    }

    [Test]
    public void TextRank_similarity_is_shared_words_over_summed_log_lengths()
    {
        Assert.That(TextRankSystem.Similarity(["the", "cat", "sat"], ["the", "cat", "ran", "home", "the"]),
            Is.EqualTo(2 / (Math.Log(3) + Math.Log(5))).Within(1e-12));
        Assert.That(TextRankSystem.Similarity(["yes"], ["yes"]), Is.Zero, "log 1 + log 1 = 0 must not divide by zero");
    }

    [Test]
    public void PageRank_on_a_star_reaches_the_hand_solved_fixpoint()
    {
        // Centre c linked to leaves l1, l2 (weight 1): c = 0.15 + 0.85 (l1 + l2), l = 0.15 + 0.85 c / 2
        // => c = 0.405 / 0.2775, l = 0.15 + 0.425 c.
        var scores = TextRankSystem.PageRank(new double[,] { { 0, 1, 1 }, { 1, 0, 0 }, { 1, 0, 0 } });
        double centre = 0.405 / 0.2775;
        Assert.That(scores[0], Is.EqualTo(centre).Within(1e-3));
        Assert.That(scores[1], Is.EqualTo(0.15 + 0.425 * centre).Within(1e-3));
        Assert.That(scores[2], Is.EqualTo(scores[1]).Within(1e-9));
    }

    [Test]
    public void TextRank_picks_the_central_sentence_and_returns_input_order()
    {
        var text = "Stocks fell sharply. Bonds rose a little. Stocks fell and bonds rose on the rate news today.";
        Assert.That(new TextRankSystem().Summarize(text, 1), Is.EqualTo(new[] { "Stocks fell and bonds rose on the rate news today." }));
    }

    [Test]
    public void Top_sentences_break_ties_by_position_and_keep_input_order()
    {
        Assert.That(TopSentences.Pick(["a", "b", "c", "d"], [1, 3, 3, 2], 2), Is.EqualTo(new[] { "b", "c" }));
        Assert.That(TopSentences.Pick(["a", "b", "c", "d"], [5, 1, 1, 4], 3), Is.EqualTo(new[] { "a", "b", "d" }));
    }
}
