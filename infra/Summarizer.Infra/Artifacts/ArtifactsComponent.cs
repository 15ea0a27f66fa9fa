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

    public Aws.S3.BucketObjectv2 WorkerProgram { get; }
    public Aws.S3.BucketObjectv2 FunctionPackage { get; }

    public ArtifactsComponent(string name, IArtifactBuilder builder, PrivateBucket bucket, ComponentResourceOptions? options = null)
        : base("summarizer:artifacts:Artifacts", name, options)
    {
        var program = builder.BuildWorkerProgram();
        var package = builder.BuildFunctionPackage();
        WorkerProgramKey = KeyOf("summarizer-linux-x64", program, ".tar.gz");
        WorkerProgramSha256 = program.FileSha256;
        FunctionPackageKey = KeyOf("summarizer-function", package, ".zip");

        WorkerProgram = Upload($"{name}-worker-program", bucket, WorkerProgramKey, program, "application/gzip");
        FunctionPackage = Upload($"{name}-function-package", bucket, FunctionPackageKey, package, "application/zip");
        RegisterOutputs();
    }

    internal static string KeyOf(string stem, BuiltArtifact artifact, string extension) =>
        $"{StorageLayout.ArtifactsPrefix}{stem}-{ContentHash.Short(artifact.ContentHash)}{extension}";

    private Aws.S3.BucketObjectv2 Upload(string name, PrivateBucket bucket, string key, BuiltArtifact artifact, string contentType) =>
        new(name, new Aws.S3.BucketObjectv2Args
        {
            Bucket = bucket.Name,
            Key = key,
            Source = new FileAsset(artifact.Path),
            ContentType = contentType,
        }, new CustomResourceOptions { Parent = this });
}
