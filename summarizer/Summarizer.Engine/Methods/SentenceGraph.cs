using Summarizer.Engine.Analysis;
using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Methods;

/// <summary>
/// The similarity graph of the graph methods and its PageRank. Edge weight between two sentences =
/// α·max(0, cosine of their frequency-weighted vectors) + (1 − α)·(weighted count of shared words) /
/// (ln(1 + |Si|) + ln(1 + |Sj|)) — TextRank's overlap, with common words counting little.
/// The graph is quadratic in its nodes, so a long text (a 256 KiB request can hold tens of thousands
/// of tiny sentences) keeps only its <see cref="MaxNodes"/> most salient sentences as nodes: time and
/// scratch memory stay bounded whatever the input.
/// </summary>
internal static class SentenceGraph
{
    public const int MaxNodes = 400;

    /// <summary>
    /// Ranks the sentences: fills <paramref name="sentenceScores"/> (one per sentence; 0 for sentences left
    /// out of the graph). Needs doc.Vectors from <see cref="SentenceVectors.WeightedUnit"/>. With
    /// <paramref name="personalised"/>, PageRank teleports in proportion to the word-frequency salience.
    /// </summary>
    public static void Rank(Document doc, EngineSettings settings, bool personalised, Span<float> sentenceScores)
    {
        int n = doc.SentenceCount;
        var salience = doc.Graph.Salience.Resize(n);
        if (personalised || n > MaxNodes) TermFrequency.Score(doc, settings, salience);
        var nodes = ChooseNodes(doc, salience);
        Build(doc, settings, nodes);
        var prior = doc.Graph.NodePrior.Resize(personalised ? nodes.Length : 0);
        for (int a = 0; a < prior.Length; a++) prior[a] = salience[nodes[a]];
        var nodeScores = PageRank(doc, settings, nodes.Length, prior);
        sentenceScores.Clear();
        for (int a = 0; a < nodes.Length; a++) sentenceScores[nodes[a]] = nodeScores[a];
    }

    /// <summary>Every sentence, or the <see cref="MaxNodes"/> most salient ones (in input order).</summary>
    private static ReadOnlySpan<int> ChooseNodes(Document doc, ReadOnlySpan<float> salience)
    {
        int n = doc.SentenceCount;
        var nodes = doc.Graph.Nodes.Resize(n);
        for (int s = 0; s < n; s++) nodes[s] = s;
        if (n <= MaxNodes) return nodes;
        var keys = doc.Graph.NodeSortKeys.Resize(n);
        for (int s = 0; s < n; s++) keys[s] = -salience[s]; // most salient first; Sort is deterministic
        keys.Sort(nodes);
        var chosen = nodes[..MaxNodes];
        chosen.Sort();
        doc.Graph.Nodes.Count = MaxNodes;
        return chosen;
    }

    /// <summary>Fills the scratch's Transition with the edge weights (nodes × nodes, zero diagonal).</summary>
    private static void Build(Document doc, EngineSettings settings, ReadOnlySpan<int> nodes)
    {
        int n = nodes.Length;
        var matrix = doc.Graph.Transition.Resize(n * n);
        float alpha = (float)Math.Clamp(settings.EmbeddingSimilarityWeight, 0, 1);
        float common = (float)settings.CommonWordRank;
        var sorted = SortedDistinctWords(doc, nodes);
        var offsets = doc.Graph.NodeWordStart.Span; // node a: sorted[offsets[a] .. offsets[a + 1])
        var logLength = doc.Graph.NodeLogLength.Resize(n);
        for (int a = 0; a < n; a++) logLength[a] = MathF.Log(1 + offsets[a + 1] - offsets[a]);
        for (int a = 0; a < n; a++)
        {
            matrix[a * n + a] = 0;
            var wa = sorted[offsets[a]..offsets[a + 1]];
            var va = doc.Vector(nodes[a]);
            for (int b = a + 1; b < n; b++)
            {
                float similarity = 0;
                if (alpha > 0) similarity += alpha * Math.Max(0f, VectorMath.Dot(va, doc.Vector(nodes[b])));
                if (alpha < 1)
                {
                    float denominator = logLength[a] + logLength[b];
                    if (denominator > 0)
                        similarity += (1 - alpha) * SharedWeight(wa, sorted[offsets[b]..offsets[b + 1]], common) / denominator;
                }
                matrix[a * n + b] = matrix[b * n + a] = similarity;
            }
        }
    }

    /// <summary>Each node's distinct word ids, sorted, one after another in NodeWords; offsets in NodeWordStart.</summary>
    private static ReadOnlySpan<int> SortedDistinctWords(Document doc, ReadOnlySpan<int> nodes)
    {
        int n = nodes.Length;
        var all = doc.Graph.NodeWords;
        all.Clear();
        var offsets = doc.Graph.NodeWordStart.Resize(n + 1);
        for (int a = 0; a < n; a++)
        {
            offsets[a] = all.Count;
            foreach (int id in doc.Words(nodes[a])) all.Add(id);
            var words = all.Items.AsSpan(offsets[a], all.Count - offsets[a]);
            words.Sort();
            int distinct = 0;
            for (int k = 0; k < words.Length; k++)
                if (k == 0 || words[k] != words[k - 1]) words[distinct++] = words[k];
            all.Count = offsets[a] + distinct;
        }
        offsets[n] = all.Count;
        return all.Span;
    }

    private static float SharedWeight(ReadOnlySpan<int> a, ReadOnlySpan<int> b, float common)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else
            {
                sum += SentenceVectors.WordWeight(a[i], common);
                i++;
                j++;
            }
        }
        return sum;
    }

    /// <summary>
    /// Weighted PageRank over the scratch's Transition (n nodes); returns the ranks (Rank, summing to 1). Turns the
    /// matrix into the column-normalised transition matrix in place first, so each iteration is n row·rank
    /// dot products. A node without edges spreads its rank like the teleport, so total rank is conserved.
    /// Teleport goes to each node in proportion to <paramref name="prior"/> (personalised PageRank), or
    /// uniformly when the prior is empty or all zero.
    /// </summary>
    private static ReadOnlySpan<float> PageRank(Document doc, EngineSettings settings, int n, ReadOnlySpan<float> prior)
    {
        var graph = doc.Graph;
        var matrix = graph.Transition.Span;
        var score = graph.Rank.Resize(n);
        var next = graph.NextRank.Resize(n);
        var outWeight = graph.InverseOutWeight.Resize(n);
        outWeight.Clear();
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++) outWeight[b] += matrix[a * n + b]; // symmetric: column sum = row sum
        for (int b = 0; b < n; b++) outWeight[b] = outWeight[b] > 0 ? 1f / outWeight[b] : 0f;
        for (int a = 0; a < n; a++)
        {
            var row = matrix.Slice(a * n, n);
            for (int b = 0; b < n; b++) row[b] *= outWeight[b];
        }
        float damping = (float)Math.Clamp(settings.Damping, 0, 1);
        float priorSum = 0;
        foreach (float p in prior) priorSum += Math.Max(0, p);
        bool personalised = priorSum > 0 && prior.Length == n;
        // Loop invariants, computed once: each node's teleport share and the nodes without edges.
        var share = graph.TeleportShare.Resize(n);
        for (int a = 0; a < n; a++) share[a] = personalised ? Math.Max(0, prior[a]) / priorSum : 1f / n;
        var dangling = graph.DanglingNodes;
        dangling.Clear();
        for (int b = 0; b < n; b++) if (outWeight[b] == 0) dangling.Add(b);
        score.Fill(1f / n);
        int iterations = Math.Max(1, settings.PageRankIterations);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            float danglingRank = 0;
            foreach (int b in dangling.Span) danglingRank += score[b];
            float teleport = (1 - damping) + damping * danglingRank;
            float change = 0;
            for (int a = 0; a < n; a++)
            {
                float rank = teleport * share[a] + damping * VectorMath.Dot(matrix.Slice(a * n, n), score);
                next[a] = rank;
                change += Math.Abs(rank - score[a]);
            }
            next.CopyTo(score);
            if (change < ConvergedChange) break;
        }
        return score;
    }

    /// <summary>Total absolute change of the ranks below which PageRank stops: far below any difference that
    /// changes which sentences are picked.</summary>
    private const float ConvergedChange = 1e-5f;
}
