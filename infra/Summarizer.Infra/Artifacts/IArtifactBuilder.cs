namespace Summarizer.Infra.Artifacts;

/// <summary>A built deployable file, the hash of what it contains and the hash of its bytes.</summary>
/// <param name="Path">The local file to upload.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 over the archived files' names and contents: names the upload, so an
/// unchanged build keeps its key even where the archive's bytes carry timestamps.</param>
/// <param name="FileSha256">Lower-case hex SHA-256 of the file's bytes: what the worker checks the downloaded archive
/// against before it runs anything from it.</param>
public sealed record BuiltArtifact(string Path, string ContentHash, string FileSha256)
{
    /// <summary>The artifact at <paramref name="path"/>, its file hash read from disk.</summary>
    public static BuiltArtifact Of(string path, string contentHash) =>
        new(path, contentHash, Artifacts.ContentHash.OfFile(path));
}

/// <summary>A model artifact: word vectors in the engine's binary format (`summarizer embeddings`).</summary>
/// <param name="Path">The local file to upload and package.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes (which hold no timestamps): names the upload, and the worker
/// checks a download against it.</param>
/// <param name="EmbeddingsName">The embeddings' name in the engine's model version, e.g. <c>glove100d-1193514w-1a2b3c4d</c>.</param>
public sealed record BuiltModel(string Path, string Sha256, string EmbeddingsName);

/// <summary>
/// Builds what `pulumi up` uploads. Behind an interface so tests of the program do not run `dotnet publish`.
/// </summary>
public interface IArtifactBuilder
{
    /// <summary>The `summarizer` program, self-contained linux-x64, as a .tar.gz with the executable at its root.</summary>
    BuiltArtifact BuildWorkerProgram();

    /// <summary>The Lambda function package (.zip) for the OS-only runtime provided.al2023: `bootstrap` (mode 755) at
    /// its root, built as the deploying machine allows (see <see cref="FunctionPackageKind"/>), with
    /// <paramref name="model"/> beside it when the stack has one.</summary>
    BuiltArtifact BuildFunctionPackage(BuiltModel? model);

    /// <summary>The stack's model artifact: the word vectors at <paramref name="embeddingsPath"/> (GloVe text of any
    /// dimension, or a `summarizer embeddings` file; relative paths from the repository root) in the engine's binary
    /// format. Its file hash names it; the worker checks a download against it.</summary>
    BuiltModel BuildModel(string embeddingsPath);
}
