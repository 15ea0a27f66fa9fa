using Summarizer.Evaluation.Metrics;

namespace Summarizer.Evaluation.Tests;

/// <summary>ROUGE on examples small enough to count by hand (counts in the comments).</summary>
public class RougeTests
{
    private const string Candidate = "The cat sat on the mat.";
    private const string Reference = "the cat lay on the red mat";

    [Test]
    public void Tokenizer_lowercases_and_splits_on_everything_but_ascii_letters_and_digits()
    {
        Assert.That(RougeTokenizer.Tokenize("The cat's 2 HATS, café!"), Is.EqualTo(new[] { "the", "cat", "s", "2", "hats", "caf" }));
    }

    [Test]
    public void Rouge1_counts_clipped_unigram_matches()
    {
        // candidate 6 tokens, reference 7; matches: the x2, cat, on, mat = 5.
        AssertPrf(Rouge.Score(Candidate, Reference).Rouge1, 5.0 / 6, 5.0 / 7, 10.0 / 13);
    }

    [Test]
    public void Rouge2_counts_bigram_matches()
    {
        // candidate bigrams 5, reference 6; shared: "the cat", "on the".
        AssertPrf(Rouge.Score(Candidate, Reference).Rouge2, 2.0 / 5, 2.0 / 6, 4.0 / 11);
    }

    [Test]
    public void RougeL_uses_the_longest_common_subsequence()
    {
        // LCS = the cat on the mat (5), not contiguous.
        AssertPrf(Rouge.Score(Candidate, Reference).RougeL, 5.0 / 6, 5.0 / 7, 10.0 / 13);
    }

    [Test]
    public void Lcs_is_order_sensitive_where_unigram_overlap_is_not()
    {
        Assert.That(Rouge.LcsLength(["a", "b", "c", "d"], ["d", "c", "b", "a"]), Is.EqualTo(1));
        Assert.That(Rouge.LcsLength(["a", "x", "b", "y", "c"], ["a", "b", "c"]), Is.EqualTo(3));
    }

    [Test]
    public void Repeated_candidate_words_are_clipped_to_the_reference_count()
    {
        AssertPrf(Rouge.Score("the the the", "the cat").Rouge1, 1.0 / 3, 1.0 / 2, 2.0 / 5);
    }

    [Test]
    public void An_empty_candidate_scores_zero_not_NaN()
    {
        var r = Rouge.Score("", Reference);
        Assert.That(new[] { r.Rouge1.F1, r.Rouge2.F1, r.RougeL.F1 }, Is.All.EqualTo(0.0));
    }

    [Test]
    public void Several_references_average_or_take_the_best()
    {
        string[] references = ["a b", "c d"];
        var average = Rouge.Score("a b", references, MultiReference.Average);
        var max = Rouge.Score("a b", references, MultiReference.Max);
        Assert.That(average.Rouge1.F1, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(average.Rouge2.Recall, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(max.Rouge1.F1, Is.EqualTo(1.0).Within(1e-12));
    }

    private static void AssertPrf(Prf actual, double precision, double recall, double f1)
    {
        Assert.That(actual.Precision, Is.EqualTo(precision).Within(1e-12), "precision");
        Assert.That(actual.Recall, Is.EqualTo(recall).Within(1e-12), "recall");
        Assert.That(actual.F1, Is.EqualTo(f1).Within(1e-12), "F1");
    }
}
