using System.Buffers;
using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Methods;

namespace Summarizer.Engine;

/// <summary>
/// The engine's entry point. Immutable and thread-safe: load it once (per process, per Lambda container)
/// and call <see cref="Summarize"/> from any number of threads. Each thread reuses its own scratch
/// (<see cref="Document"/>), so a summary allocates only its output.
/// </summary>
public sealed class SummarizerEngine
{
    /// <summary>Bumped whenever a change to the text front end or the methods can change a summary.
    /// 2: sums in a fixed lane order (<see cref="Numerics.VectorMath.SumLanes"/>), the same on every CPU.
    /// 3: a URL ends at a CJK full stop, so the sentence after it is no longer part of the URL's.</summary>
    private const string EngineRevision = "3";

    private static readonly ISummaryMethod[] AllMethods = [GraphMethod.Hybrid, GraphMethod.TextRank, new FrequencyMethod(), new KMeansMethod(), new LeadMethod()];
    private static readonly Lazy<SummarizerEngine> LazyDefault = new(() => new SummarizerEngine(EmbeddingsLoader.Default, EngineSettings.Default));

    /// <summary>Method names, the default first.</summary>
    public static IReadOnlyList<string> Methods { get; } = [.. AllMethods.Select(m => m.Name)];
    public static string DefaultMethod => Methods[0];

    private readonly WordEmbeddings _embeddings;
    private readonly EngineSettings _settings;

    private SummarizerEngine(WordEmbeddings embeddings, EngineSettings settings)
    {
        _embeddings = embeddings;
        _settings = settings;
        ModelVersion = ModelVersionOf(embeddings.Name, settings);
    }

    private static string ModelVersionOf(string embeddingsName, EngineSettings settings) =>
        $"summarizer-{EngineRevision}:{string.Join('+', Methods)}:{embeddingsName}" + (settings.Tag is { Length: > 0 } tag ? $":settings-{tag}" : "");

    /// <summary>The <see cref="ModelVersion"/> an engine with default settings over embeddings of that name (null: the
    /// bundled ones) has, without loading them: for a deployment that names its model before any worker loads it.</summary>
    public static string ModelVersionWith(string? embeddingsName) =>
        embeddingsName is null ? LoadDefault().ModelVersion : ModelVersionOf(embeddingsName, EngineSettings.Default);

    /// <summary>Names the method set, the embeddings (with a hash of their content) and any non-default
    /// settings, e.g. <c>summarizer-3:hybrid+textrank+frequency+kmeans+lead:glove25d-9931w-1a2b3c4d</c>. ASCII only.</summary>
    public string ModelVersion { get; }

    public WordEmbeddings Embeddings => _embeddings;
    public EngineSettings Settings => _settings;

    /// <summary>The engine with the bundled embeddings and default settings (one shared instance).</summary>
    public static SummarizerEngine LoadDefault() => LazyDefault.Value;

    public static SummarizerEngine LoadDefault(EngineSettings settings) =>
        settings == EngineSettings.Default ? LazyDefault.Value : new(EmbeddingsLoader.Default, settings);

    /// <summary>An engine over a GloVe text file (any dimension; a binary cache makes later loads fast) or a binary
    /// embeddings file (<see cref="EmbeddingsFile"/>).</summary>
    public static SummarizerEngine Load(string embeddingsPath) => Load(embeddingsPath, EngineSettings.Default);

    public static SummarizerEngine Load(string embeddingsPath, EngineSettings settings) =>
        new(EmbeddingsLoader.Load(embeddingsPath, settings.CacheDirectory), settings);

    /// <summary>An engine over word vectors already loaded (e.g. <see cref="EmbeddingsFile.Read(string, bool)"/>).</summary>
    public static SummarizerEngine Create(WordEmbeddings embeddings, EngineSettings? settings = null) =>
        new(embeddings, settings ?? EngineSettings.Default);

    public static bool IsKnownMethod(string name) => FindMethod(name) is not null;

    /// <summary>Never throws for any text: empty or whitespace text gives an empty summary.
    /// Throws <see cref="ArgumentException"/> only for an unknown method name (see <see cref="IsKnownMethod"/>).</summary>
    public SummaryResult Summarize(string text, SummaryOptions options = default)
    {
        var method = ResolveMethod(options.Method);
        if (string.IsNullOrWhiteSpace(text)) return new SummaryResult([], 0, method.Name);
        var doc = Document.Rent();
        try
        {
            var picked = Pick(text, options, method, doc, rank: true);
            var sentences = new SummarySentence[picked.Length];
            for (int i = 0; i < picked.Length; i++)
                sentences[i] = new SummarySentence(picked[i], new string(doc.SentenceText(picked[i])), method.Score(doc, picked[i]));
            return new SummaryResult(sentences, doc.SentenceCount, method.Name);
        }
        finally
        {
            Document.Return(doc);
        }
    }

    /// <summary>The summary text alone (picked sentences joined by single spaces): one allocation, the
    /// result string. For callers that need neither the sentence list nor the indices.</summary>
    public string SummarizeToText(ReadOnlySpan<char> text, SummaryOptions options = default)
    {
        var method = ResolveMethod(options.Method);
        var doc = Document.Rent();
        try
        {
            var picked = Pick(text, options, method, doc, rank: false);
            int length = JoinedLength(doc, picked);
            if (length == 0) return "";
            return string.Create(length, doc, static (span, doc) => WriteJoined(doc, doc.Picked.Span, span));
        }
        finally
        {
            Document.Return(doc);
        }
    }

    /// <summary>Appends the summary text (as <see cref="SummarizeToText"/> returns it) to <paramref name="output"/>
    /// and returns its length: no allocation at all once the outputs have room. For batch jobs, whose summaries
    /// go straight to their output. With <paramref name="scores"/>, also appends each summary sentence's rank score
    /// (<see cref="SummarySentence.Score"/>), in summary order.</summary>
    public int SummarizeTo(ReadOnlySpan<char> text, IBufferWriter<char> output, SummaryOptions options = default, IBufferWriter<float>? scores = null)
    {
        var method = ResolveMethod(options.Method);
        var doc = Document.Rent();
        try
        {
            var picked = Pick(text, options, method, doc, rank: scores is not null);
            int length = JoinedLength(doc, picked);
            if (length == 0) return 0;
            WriteJoined(doc, picked, output.GetSpan(length));
            output.Advance(length);
            if (scores is not null)
            {
                var span = scores.GetSpan(picked.Length);
                for (int i = 0; i < picked.Length; i++) span[i] = method.Score(doc, picked[i]);
                scores.Advance(picked.Length);
            }
            return length;
        }
        finally
        {
            Document.Return(doc);
        }
    }

    private static int JoinedLength(Document doc, ReadOnlySpan<int> picked)
    {
        if (picked.IsEmpty) return 0;
        int length = picked.Length - 1; // the spaces between sentences
        foreach (int s in picked) length += doc.Sentences.Items[s].Length;
        return length;
    }

    private static void WriteJoined(Document doc, ReadOnlySpan<int> picked, Span<char> destination)
    {
        int at = 0;
        foreach (int s in picked)
        {
            if (at > 0) destination[at++] = ' ';
            var sentence = doc.SentenceText(s);
            sentence.CopyTo(destination[at..]);
            at += sentence.Length;
        }
    }

    /// <summary>Analyses the text into <paramref name="doc"/> and returns the picked indices in input order. The
    /// method's ranking (<see cref="ISummaryMethod.Score"/>) is left in <paramref name="doc"/> when it picked, and also
    /// when the summary keeps every sentence if <paramref name="rank"/> (there is nothing to pick then, so only a
    /// caller that reports scores pays for the ranking).</summary>
    private ReadOnlySpan<int> Pick(ReadOnlySpan<char> text, SummaryOptions options, ISummaryMethod method, Document doc, bool rank)
    {
        DocumentAnalyzer.Analyze(text, _embeddings, doc, method.ReadsWords);
        int n = doc.SentenceCount;
        int count = SummaryLength.Resolve(options, n);
        var picked = doc.Picked;
        picked.Clear();
        if (count >= n)
        {
            for (int s = 0; s < n; s++) picked.Add(s);
            if (rank && n > 0) method.Rank(doc, _embeddings, _settings);
        }
        else
            method.Select(doc, _embeddings, _settings, count, picked);
        picked.Span.Sort();
        return picked.Span;
    }

    private static ISummaryMethod ResolveMethod(string? name) =>
        name is null ? AllMethods[0]
        : FindMethod(name) ?? throw new ArgumentException($"Unknown summarization method '{name}'. Known: {string.Join(", ", Methods)}.", nameof(name));

    private static ISummaryMethod? FindMethod(string name)
    {
        foreach (var method in AllMethods)
            if (string.Equals(method.Name, name, StringComparison.OrdinalIgnoreCase)) return method;
        return null;
    }
}
