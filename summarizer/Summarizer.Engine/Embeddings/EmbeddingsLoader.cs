namespace Summarizer.Engine.Embeddings;

/// <summary>Loads word vectors: the bundled default, a binary embeddings file, or a GloVe text file through its
/// binary cache.</summary>
public static class EmbeddingsLoader
{
    private const string DefaultResource = "Summarizer.Engine.DefaultEmbeddings";
    private static readonly Lazy<WordEmbeddings> LazyDefault = new(ReadDefault);

    /// <summary>The bundled GloVe Twitter 25d vectors trimmed to ~10k common words (PDDL), stored in the engine's
    /// binary format so a cold start reads them instead of parsing text. Read once per process.</summary>
    public static WordEmbeddings Default => LazyDefault.Value;

    /// <summary>A binary embeddings file (<see cref="EmbeddingsFile"/>, checked against its content hash) or a GloVe
    /// text file of any dimension. The first load of a text file writes a binary cache (next to the file, else in
    /// <paramref name="cacheDirectory"/> or the user's cache folder); later loads read it.</summary>
    public static WordEmbeddings Load(string path, string? cacheDirectory = null)
    {
        var source = new FileInfo(path);
        if (!source.Exists) throw new FileNotFoundException($"Embeddings file not found: {path}", path);
        if (EmbeddingsFile.IsBinary(path)) return EmbeddingsFile.Read(path, verifyContentHash: true);
        var candidates = EmbeddingCache.CandidatePaths(path, cacheDirectory).ToArray();
        foreach (var candidate in candidates)
            if (EmbeddingCache.TryRead(candidate, source) is { } cached)
                return cached;
        var parsed = ParseGlove(path);
        EmbeddingCache.TryWrite(parsed, source, candidates);
        return parsed;
    }

    /// <summary>Like <see cref="Load"/> but neither reads nor writes a cache: for converting a file once.</summary>
    public static WordEmbeddings LoadUncached(string path) =>
        EmbeddingsFile.IsBinary(path) ? EmbeddingsFile.Read(path, verifyContentHash: true) : ParseGlove(path);

    private static WordEmbeddings ParseGlove(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return GloveTextReader.Read(stream, path);
    }

    // Not re-hashed: the resource is part of the signed-off build, and the engine tests prove it equals the shared
    // GloVe file it was converted from.
    private static WordEmbeddings ReadDefault()
    {
        using var stream = typeof(EmbeddingsLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The bundled embeddings resource {DefaultResource} is missing from the build.");
        return EmbeddingsFile.Read(stream, "bundled GloVe", out _);
    }
}
