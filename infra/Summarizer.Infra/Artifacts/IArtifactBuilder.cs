namespace Summarizer.Infra.Artifacts;

/// <summary>A built deployable file and the hash of what it contains (not of its bytes: archives carry timestamps).</summary>
/// <param name="Path">The local file to upload.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 over the archived files' names and contents.</param>
public sealed record BuiltArtifact(string Path, string ContentHash);

/// <summary>
/// Builds what `pulumi up` uploads. Behind an interface so tests of the program do not run `dotnet publish`.
/// </summary>
public interface IArtifactBuilder
{
    /// <summary>The `summarizer` program, self-contained linux-x64, as a .tar.gz with the executable at its root.</summary>
    BuiltArtifact BuildWorkerProgram();

    /// <summary>The Lambda function package (.zip) for the OS-only runtime provided.al2023: `bootstrap` (mode 755) at
    /// its root, built as the deploying machine allows (see <see cref="FunctionPackageKind"/>).</summary>
    BuiltArtifact BuildFunctionPackage();
}
