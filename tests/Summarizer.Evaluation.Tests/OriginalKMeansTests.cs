using Summarizer.Evaluation.Systems;

namespace Summarizer.Evaluation.Tests;

/// <summary>The original's behaviour, defects included, is what the peer must reproduce.</summary>
public class OriginalKMeansTests
{
    private static readonly GloveVectors Glove = GloveVectors.Parse(
    [
        "soup 1 0", "hot 1 0.1", "tasty 0.9 0", "bread 0 1", "stale 0.1 1", "old 0 0.9", "the 0.5 0.5", "was 0.5 0.5", "and 0.5 0.5",
    ]);

    [Test]
    public void Picks_from_the_unfiltered_list_with_filtered_indices_like_the_original()
    {
        // Kept (> 2 words): [soup sentence, bread sentence]; nearest kept indices 0 and 1 point at ALL[0] = "Yum!!" and ALL[1].
        var summary = new OriginalKMeansSystem(Glove).Summarize("Yum!! The soup was hot and tasty. The bread was stale and old.", 2);
        Assert.That(summary, Is.EqualTo(new[] { "Yum!!", "The soup was hot and tasty." }));
    }

    [Test]
    public void A_kept_sentence_without_known_words_fails_the_document_like_the_NaN_crash()
    {
        var summary = new OriginalKMeansSystem(Glove).Summarize("The soup was hot. Zorbly quax vimp. The bread was stale.", 2);
        Assert.That(summary, Is.Empty);
    }

    [Test]
    public void Glove_text_with_ragged_rows_is_rejected_with_the_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => GloveVectors.Parse(["a 1 2", "b 1"]));
        Assert.That(e!.Message, Does.Contain("line 2"));
    }
}
