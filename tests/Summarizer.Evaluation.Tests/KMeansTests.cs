using Summarizer.Evaluation.Systems;

namespace Summarizer.Evaluation.Tests;

public class KMeansTests
{
    [Test]
    public void Separated_groups_become_the_clusters_with_the_hand_computed_inertia()
    {
        double[][] points = [[0, 0], [0, 1], [10, 10], [10, 11]];
        var fit = KMeans.Fit(points, 2, seed: 1);
        Assert.That(fit.Labels[0], Is.EqualTo(fit.Labels[1]));
        Assert.That(fit.Labels[2], Is.EqualTo(fit.Labels[3]));
        Assert.That(fit.Labels[0], Is.Not.EqualTo(fit.Labels[2]));
        Assert.That(fit.Inertia, Is.EqualTo(1.0).Within(1e-12)); // four points, each 0.5 from its centre
    }

    [Test]
    public void Same_seed_gives_the_same_clustering()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 40).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToArray();
        Assert.That(KMeans.Fit(points, 5, 42).Labels, Is.EqualTo(KMeans.Fit(points, 5, 42).Labels));
    }

    [Test]
    public void Rejects_what_scikit_learn_rejected()
    {
        Assert.Throws<ArgumentException>(() => KMeans.Fit([[double.NaN, 0], [1, 1]], 1, 0));
        Assert.Throws<ArgumentException>(() => KMeans.Fit([[0, 0], [1, 1]], 3, 0));
    }
}
