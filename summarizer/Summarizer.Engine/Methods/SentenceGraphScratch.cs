using Summarizer.Engine.Analysis;

namespace Summarizer.Engine.Methods;

/// <summary>The working memory of the graph methods (<see cref="GraphMethod"/>, <see cref="SentenceGraph"/>)
/// alone (one per thread, in its <see cref="Document"/>). A node is a sentence kept in the graph.</summary>
internal sealed class SentenceGraphScratch
{
    /// <summary>One per sentence: word-frequency salience (<see cref="TermFrequency"/>).</summary>
    public readonly ScratchList<float> Salience = new(64);
    /// <summary>One per sentence while choosing nodes: the sort key (most salient first).</summary>
    public readonly ScratchList<float> NodeSortKeys = new(64);
    /// <summary>Each node's sentence index, in input order.</summary>
    public readonly ScratchList<int> Nodes = new(64);
    /// <summary>Each node's teleport weight (personalised PageRank); empty for uniform teleport.</summary>
    public readonly ScratchList<float> NodePrior = new(64);
    /// <summary>Per distinct word (<see cref="DistinctWords"/> number), in a graph of up to 64 nodes: the set of nodes
    /// holding it (bit a: node a). And the words held by two or more, each as its id and number in one sort key.</summary>
    public readonly ScratchList<ulong> WordNodeSets = new(128);
    public readonly ScratchList<long> SharedWordKeys = new(64);
    /// <summary>Per distinct word (<see cref="DistinctWords"/> number), in a larger graph: the last node seen containing it (-1: none
    /// yet), and its latest posting.</summary>
    public readonly ScratchList<int> WordLastNode = new(128);
    public readonly ScratchList<int> WordLatestPosting = new(128);
    /// <summary>Postings, one per distinct word of each node: the node, and the word's previous posting (-1: none).</summary>
    public readonly ScratchList<int> PostingNode = new(1024);
    public readonly ScratchList<int> PostingNext = new(1024);
    /// <summary>The words in two or more nodes (their numbers), then sorted by their ids, the sort keys.</summary>
    public readonly ScratchList<int> SharedWords = new(64);
    public readonly ScratchList<int> SharedWordIds = new(64);
    /// <summary>Each node's ln(1 + distinct words), the overlap's length normaliser.</summary>
    public readonly ScratchList<float> NodeLogLength = new(64);
    /// <summary>Nodes × nodes: edge weights, then PageRank's column-normalised transition matrix.</summary>
    public readonly ScratchList<float> Transition = new(64 * 64);
    /// <summary>Each node's 1 / (sum of its edge weights), 0 for a node without edges.</summary>
    public readonly ScratchList<float> InverseOutWeight = new(64);
    /// <summary>PageRank: each node's share of the teleport, and the nodes without edges (in node order).</summary>
    public readonly ScratchList<float> TeleportShare = new(64);
    public readonly ScratchList<int> DanglingNodes = new(16);
    /// <summary>PageRank: this iteration's ranks and the next iteration's.</summary>
    public readonly ScratchList<float> Rank = new(64);
    public readonly ScratchList<float> NextRank = new(64);
    /// <summary>The graph method's result: one rank per sentence (0 for sentences left out of the graph).</summary>
    public readonly ScratchList<float> SentenceRanks = new(64);
}
