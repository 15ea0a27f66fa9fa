namespace Summarizer.Engine.Embeddings;

/// <summary>Loads word vectors: the bundled default, or a GloVe text file through its binary cache.</summary>
public static class EmbeddingsLoader
{
    private const string DefaultResource = "Summarizer.Engine.DefaultEmbeddings";
    private static readonly Lazy<WordEmbeddings> LazyDefault = new(ReadDefault);

    /// <summary>The bundled GloVe Twitter 25d vectors trimmed to ~10k common words (PDDL). Parsed once per process.</summary>
    public static WordEmbeddings Default => LazyDefault.Value;

    /// <summary>A GloVe text file of any dimension. The first load writes a binary cache (next to the file,
    /// else in <paramref name="cacheDirectory"/> or the user's cache folder); later loads read it.</summary>
    public static WordEmbeddings Load(string path, string? cacheDirectory = null)
    {
        var source = new FileInfo(path);
        if (!source.Exists) throw new FileNotFoundException($"Embeddings file not found: {path}", path);
        var candidates = EmbeddingCache.CandidatePaths(path, cacheDirectory).ToArray();
        foreach (var candidate in candidates)
            if (EmbeddingCache.TryRead(candidate, source) is { } cached)
                return cached;
        WordEmbeddings parsed;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            parsed = GloveTextReader.Read(stream, path);
        EmbeddingCache.TryWrite(parsed, source, candidates);
        return parsed;
    }

    private static WordEmbeddings ReadDefault()
    {
        using var stream = typeof(EmbeddingsLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The bundled embeddings resource {DefaultResource} is missing from the build.");
        return GloveTextReader.Read(stream, "bundled GloVe");
    }
}
