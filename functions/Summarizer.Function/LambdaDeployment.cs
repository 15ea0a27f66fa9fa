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

    /// <summary>The newest glibc Amazon Linux 2023 ships (2.34): the executable may require no later symbol version.</summary>
    public static readonly Version MaxGlibc = new(2, 34);
}
