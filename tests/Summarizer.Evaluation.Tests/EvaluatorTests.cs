using Moq;
using Summarizer.Evaluation.Data;
using Summarizer.Evaluation.Metrics;
using Summarizer.Evaluation.Systems;

namespace Summarizer.Evaluation.Tests;

public class EvaluatorTests
{
    private static readonly BbcDocument[] Documents =
    [
        new("a/1", "T", "Alpha one here. Beta two here. Gamma three here.", ["Beta two here."]),
        new("a/2", "T", "Delta four here. Epsilon five here.", ["Delta four here.", "Epsilon five here."]),
    ];

    [Test]
    public void The_budget_is_the_reference_sentence_count_and_a_perfect_system_scores_one()
    {
        var system = new Mock<ISummarySystem>();
        system.Setup(s => s.Summarize(It.IsAny<string>(), It.IsAny<int>()))
            .Returns((string text, int n) => Documents.Single(d => d.Body == text).ReferenceSentences);

        var result = new Evaluator(threads: 2).Bbc(system.Object, Documents);

        system.Verify(s => s.Summarize(Documents[0].Body, 1), Times.Once);
        system.Verify(s => s.Summarize(Documents[1].Body, 2), Times.Once);
        Assert.That(result.Rouge.Rouge1.F1, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(result.Rouge.RougeL.F1, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(result.Sentence, Is.EqualTo(new Prf(1, 1, 1)));
        Assert.That(result.Failures, Is.Zero);
        Assert.That(result.MeanSentences, Is.EqualTo(1.5));
    }

    [Test]
    public void A_throwing_system_scores_zero_on_that_document_and_counts_a_failure()
    {
        var system = new Mock<ISummarySystem>();
        system.Setup(s => s.Summarize(Documents[0].Body, It.IsAny<int>())).Returns(["Beta two here."]);
        system.Setup(s => s.Summarize(Documents[1].Body, It.IsAny<int>())).Throws(new InvalidOperationException("boom"));

        var result = new Evaluator(threads: 1).Bbc(system.Object, Documents);

        Assert.That(result.Failures, Is.EqualTo(1));
        Assert.That(result.Sentence!.Value.F1, Is.EqualTo(0.5).Within(1e-12)); // mean of 1 and 0
        Assert.That(result.Rouge.Rouge1.F1, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Opinosis_uses_the_fixed_budget_and_every_reference()
    {
        var topic = new OpinosisTopic("t", ["good screen", "bad battery"], ["good screen", "bad battery"]);
        var system = new Mock<ISummarySystem>();
        system.Setup(s => s.Summarize(topic.Text, 1)).Returns(["good screen"]);

        var average = new Evaluator(1).Opinosis(system.Object, [topic], 1, MultiReference.Average);
        var max = new Evaluator(1).Opinosis(system.Object, [topic], 1, MultiReference.Max);

        Assert.That(average.Rouge.Rouge1.F1, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(max.Rouge.Rouge1.F1, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(average.Sentence, Is.Null);
    }
}
