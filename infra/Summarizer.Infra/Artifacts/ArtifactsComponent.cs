using Pulumi;
using Summarizer.Contract;
using Summarizer.Infra.Storage;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Artifacts;

/// <summary>
/// Builds the summarizer program and the Lambda package during `pulumi up` and uploads them to the artifacts
/// bucket under keys named by their content hash: the batch workflow runs exactly the program version of this
/// deployment, and an unchanged build changes nothing.
/// </summary>
public sealed class ArtifactsComponent : ComponentResource
{
    /// <summary>Key of the program archive, as the batch workflow's SSM document expects it.</summary>
    public string WorkerProgramKey { get; }

    /// <summary>SHA-256 of the program archive's bytes: the worker runs nothing from an archive without it.</summary>
    public string WorkerProgramSha256 { get; }

    /// <summary>Key of the Lambda package. A new key is what updates the function's code (the zip's own bytes
    /// change with every build because of entry timestamps, so they cannot serve as its hash).</summary>
    public string FunctionPackageKey { get; }

    /// <summary>The stack's model artifact (`summarizer:embeddings` in the engine's binary format), or null: the
    /// bundled vectors. The function carries it in its package; the worker fetches it by key and checks its SHA-256.</summary>
    public Model? StackModel { get; }

    /// <summary>A model artifact in the bucket: its key and the SHA-256 of its bytes (also in the key).</summary>
    public sealed record Model(string Key, string Sha256, Aws.S3.BucketObjectv2 Object);

    /// <summary>The engine's model version with the stack's word vectors: what every result names.</summary>
    public string ModelVersion { get; }

    public Aws.S3.BucketObjectv2 WorkerProgram { get; }
    public Aws.S3.BucketObjectv2 FunctionPackage { get; }

    /// <param name="embeddings">`summarizer:embeddings`: word vectors to deploy instead of the bundled ones, or null.</param>
    public ArtifactsComponent(string name, IArtifactBuilder builder, PrivateBucket bucket, string? embeddings = null,
        ComponentResourceOptions? options = null)
        : base("summarizer:artifacts:Artifacts", name, options)
    {
        var model = embeddings is null ? null : BuildModel(builder, embeddings);
        var program = builder.BuildWorkerProgram();
        var package = builder.BuildFunctionPackage(model);
        WorkerProgramKey = KeyOf("summarizer-linux-x64", program.ContentHash, ".tar.gz");
        WorkerProgramSha256 = program.FileSha256;
        FunctionPackageKey = KeyOf("summarizer-function", package.ContentHash, ".zip");

        WorkerProgram = Upload($"{name}-worker-program", bucket, WorkerProgramKey, program.Path, "application/gzip");
        FunctionPackage = Upload($"{name}-function-package", bucket, FunctionPackageKey, package.Path, "application/zip");
        if (model is not null)
        {
            var key = KeyOf("model", model.Sha256, Engine.Embeddings.EmbeddingsFile.Extension);
            StackModel = new Model(key, model.Sha256, Upload($"{name}-model", bucket, key, model.Path, "application/octet-stream"));
        }
        ModelVersion = Engine.SummarizerEngine.ModelVersionWith(model?.EmbeddingsName);
        RegisterOutputs();
    }

    // A model that cannot be converted stops `pulumi up` before anything is created, naming the setting.
    private static BuiltModel BuildModel(IArtifactBuilder builder, string embeddings)
    {
        try
        {
            return builder.BuildModel(embeddings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException)
        {
            throw SummarizerConfig.Invalid("embeddings", embeddings,
                $"a readable word-vector file (GloVe text or `summarizer embeddings` binary; relative to the repository root): {ex.Message}");
        }
    }

    /// <summary>An artifact's key: under the artifacts prefix, named by the hash of what it holds.</summary>
    internal static string KeyOf(string stem, string contentHash, string extension) =>
        $"{StorageLayout.ArtifactsPrefix}{stem}-{ContentHash.Short(contentHash)}{extension}";

    private Aws.S3.BucketObjectv2 Upload(string name, PrivateBucket bucket, string key, string path, string contentType) =>
        new(name, new Aws.S3.BucketObjectv2Args
        {
            Bucket = bucket.Name,
            Key = key,
            Source = new FileAsset(path),
            ContentType = contentType,
        }, new CustomResourceOptions { Parent = this });
}
