using Summarizer.Engine.Analysis;

namespace Summarizer.Engine.Methods;

/// <summary>The working memory of <see cref="KMeansMethod"/> alone (one per thread, in its <see cref="Document"/>).</summary>
internal sealed class KMeansScratch
{
    /// <summary>The sentences clustered (candidates with at least one known word), as sentence indices.</summary>
    public readonly ScratchList<int> Points = new(64);
    /// <summary>Each point's cluster in the current run.</summary>
    public readonly ScratchList<int> Assignment = new(64);
    /// <summary>Points per cluster, recounted every iteration.</summary>
    public readonly ScratchList<int> ClusterSizes = new(16);
    /// <summary>k × dimension each: the current run's centroids, their sums while recomputing, and the
    /// centroids of the best run so far (lowest inertia).</summary>
    public readonly ScratchList<float> Centroids = new(16 * 32);
    public readonly ScratchList<float> CentroidSums = new(16 * 32);
    public readonly ScratchList<float> BestCentroids = new(16 * 32);
    /// <summary>How many of BestCentroids the last summary clustered into; 0 when it clustered nothing (each point its own).</summary>
    public int ClusterCount;
    /// <summary>k-means++ seeding: each point's squared distance to its nearest seed so far.</summary>
    public readonly ScratchList<float> SeedDistances = new(64);
}
