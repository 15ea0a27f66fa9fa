using System.Numerics;
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
    public static void Rank(Document doc, DistinctWords words, EngineSettings settings, bool personalised, Span<float> sentenceScores)
    {
        int n = doc.SentenceCount;
        var salience = doc.Graph.Salience.Resize(n);
        if (personalised || n > MaxNodes) TermFrequency.Score(doc, words, settings, salience);
        var nodes = ChooseNodes(doc, salience);
        Build(doc, words, settings, nodes);
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
    private static void Build(Document doc, DistinctWords words, EngineSettings settings, ReadOnlySpan<int> nodes)
    {
        int n = nodes.Length;
        var matrix = doc.Graph.Transition.Resize(n * n);
        matrix.Clear();
        var logLength = doc.Graph.NodeLogLength.Resize(n);
        AddSharedWeights(doc, words, nodes, matrix, logLength);
        float alpha = (float)Math.Clamp(settings.EmbeddingSimilarityWeight, 0, 1);
        for (int a = 0; a < n; a++)
        {
            var va = doc.Vector(nodes[a]);
            for (int b = a + 1; b < n; b++)
            {
                float shared = matrix[a * n + b];
                float similarity = 0;
                if (alpha > 0) similarity += alpha * Math.Max(0f, VectorMath.Dot(va, doc.Vector(nodes[b])));
                if (alpha < 1)
                {
                    float denominator = logLength[a] + logLength[b];
                    if (denominator > 0)
                        similarity += (1 - alpha) * shared / denominator;
                }
                matrix[a * n + b] = matrix[b * n + a] = similarity;
            }
        }
    }

    /// <summary>
    /// Adds to each pair's cell above the diagonal of <paramref name="matrix"/> (zero on entry; row a, column b &gt; a)
    /// the summed weights of the distinct words nodes a and b share, and sets each node's ln(1 + distinct words).
    /// Each word shared by several nodes adds its weight to every pair of them, words in ascending id order, so each
    /// pair's weights are summed in the order a merge of the two nodes' sorted word lists would sum them (the same float
    /// result) while a word in one node only costs nothing. Which nodes hold a word is a bit set when the graph has at
    /// most 64 nodes (every review: no lists to walk), else a list of postings.
    /// </summary>
    internal static void AddSharedWeights(Document doc, DistinctWords words, ReadOnlySpan<int> nodes, Span<float> matrix, Span<float> logLength)
    {
        if (nodes.Length <= 64) AddSharedWeightsByBitSets(doc, words, nodes, matrix, logLength);
        else AddSharedWeightsByPostings(doc, words, nodes, matrix, logLength);
    }

    /// <summary><see cref="AddSharedWeights"/> for up to 64 nodes: bit a of a word's set says node a holds it.</summary>
    private static void AddSharedWeightsByBitSets(Document doc, DistinctWords words, ReadOnlySpan<int> nodes, Span<float> matrix, Span<float> logLength)
    {
        int n = nodes.Length;
        var graph = doc.Graph;
        var holders = graph.WordNodeSets.Resize(words.Count);
        holders.Clear();
        for (int a = 0; a < n; a++)
        {
            ulong node = 1UL << a;
            int distinct = 0;
            foreach (int w in words.Numbers(nodes[a]))
            {
                ulong held = holders[w];
                distinct += (int)(~held >> a & 1); // arithmetic, not a branch: whether a word repeats is as good as random
                holders[w] = held | node;
            }
            logLength[a] = MathF.Log(1 + distinct);
        }

        // The shared words, by ascending id (ids are distinct): each key is the id, then the word's number.
        var ids = words.Ids;
        var keys = graph.SharedWordKeys;
        keys.Clear();
        for (int w = 0; w < holders.Length; w++)
            if ((holders[w] & (holders[w] - 1)) != 0) keys.Add((long)ids[w] << 32 | (uint)w);
        keys.Span.Sort();
        var weights = words.Weights;
        foreach (long key in keys.Span)
        {
            int w = (int)key;
            float weight = weights[w];
            for (ulong rest = holders[w]; rest != 0; rest &= rest - 1)
            {
                int a = BitOperations.TrailingZeroCount(rest);
                var row = matrix.Slice(a * n, n);
                for (ulong later = rest & (rest - 1); later != 0; later &= later - 1)
                    row[BitOperations.TrailingZeroCount(later)] += weight;
            }
        }
    }

    /// <summary><see cref="AddSharedWeights"/> for any number of nodes, through postings.</summary>
    private static void AddSharedWeightsByPostings(Document doc, DistinctWords words, ReadOnlySpan<int> nodes, Span<float> matrix, Span<float> logLength)
    {
        int n = nodes.Length;
        var graph = doc.Graph;
        // Postings as linked lists, latest node first: word w's are LatestPosting[w], PostingNext[that], … (-1 ends).
        var lastNode = graph.WordLastNode.Resize(words.Count);
        lastNode.Fill(-1);
        var latest = graph.WordLatestPosting.Resize(words.Count);
        var postingNode = graph.PostingNode;
        var postingNext = graph.PostingNext;
        var shared = graph.SharedWords;
        postingNode.Clear();
        postingNext.Clear();
        shared.Clear();
        for (int a = 0; a < n; a++)
        {
            int distinct = 0;
            foreach (int w in words.Numbers(nodes[a]))
            {
                if (lastNode[w] == a) continue;
                int previous = lastNode[w] < 0 ? -1 : latest[w];
                if (previous >= 0 && postingNext.Items[previous] < 0) shared.Add(w); // its second node
                lastNode[w] = a;
                latest[w] = postingNode.Count;
                postingNode.Add(a);
                postingNext.Add(previous);
                distinct++;
            }
            logLength[a] = MathF.Log(1 + distinct);
        }

        var order = shared.Span;
        var ids = words.Ids;
        var keys = graph.SharedWordIds.Resize(order.Length);
        for (int k = 0; k < order.Length; k++) keys[k] = ids[order[k]];
        keys.Sort(order); // ids are distinct: one order
        var weights = words.Weights;
        var node = postingNode.Items;
        var next = postingNext.Items;
        foreach (int w in order)
        {
            float weight = weights[w];
            for (int p = latest[w]; p >= 0; p = next[p])
            {
                int column = node[p]; // the later node of each pair
                for (int q = next[p]; q >= 0; q = next[q]) matrix[node[q] * n + column] += weight;
            }
        }
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
