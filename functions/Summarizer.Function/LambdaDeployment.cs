namespace Summarizer.Function;

/// <summary>
/// How Lambda runs this function, defined once for the Pulumi program, the package build and the tests.
/// The OS-only runtime <c>provided.al2023</c> starts the executable named <c>bootstrap</c> at the root of the
/// package (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html, "Building a custom runtime");
/// the function carries its own Runtime API client (<see cref="RuntimeApiClient"/>) because no Amazon.Lambda
/// package is available to this project, and the managed dotnet10 runtime cannot start a function without one.
/// </summary>
public static class LambdaDeployment
{
    /// <summary>The OS-only runtime on Amazon Linux 2023.</summary>
    public const string Runtime = "provided.al2023";

    /// <summary>The executable Lambda starts, at the zip root. A custom runtime may ignore the handler setting;
    /// it names the executable so the console shows what runs.</summary>
    public const string Handler = ExecutableName;

    /// <summary>The file name the OS-only runtimes look for in the function's package.</summary>
    public const string ExecutableName = "bootstrap";

    /// <summary>Lambda's name for x86-64; the project publishes for linux-x64 (Summarizer.Function.csproj).</summary>
    public const string Architecture = "x86_64";

    /// <summary>A model artifact (`summarizer embeddings` format) the package may carry at its root, beside
    /// <see cref="ExecutableName"/>: the function loads it in its init phase instead of the bundled vectors. The
    /// Pulumi program puts the stack's `summarizer:embeddings` model there.</summary>
    public const string EmbeddingsFileName = "embeddings.sumemb";

    /// <summary>Lambda's limit on a deployment package's unzipped size, all files together (250 MB,
    /// https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html, "Function configuration, deployment,
    /// and execution"); a package uploaded from S3 may be that large.</summary>
    public const long MaxUnzippedPackageBytes = 250L * 1024 * 1024;

    /// <summary>The newest glibc Amazon Linux 2023 ships (2.34): the executable may require no later symbol version.</summary>
    public static readonly Version MaxGlibc = new(2, 34);
}
