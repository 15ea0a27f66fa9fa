using Summarizer.Engine;

namespace Summarizer.Function;

/// <summary>
/// The Lambda entry point (managed runtime <c>dotnet10</c>): a plain <c>Stream → Stream</c> handler, so the
/// function needs no Amazon.Lambda.* package and no reflection-based serializer. The Express workflow's task
/// hands it the POST /summarize body and branches on the <see cref="ResponseEnvelope"/> it returns.
/// </summary>
public sealed class Handler
{
    /// <summary>The handler string the Lambda function is configured with.</summary>
    public const string LambdaHandler = $"Summarizer.Function::{nameof(Summarizer)}.{nameof(Function)}.{nameof(Handler)}::{nameof(Handle)}";

    /// <summary>The Lambda managed runtime the package targets (it matches the project's net10.0).</summary>
    public const string LambdaRuntime = "dotnet10";

    // Loaded once per container, during Lambda's init phase (the runtime creates the handler object there):
    // a warm invocation never pays for the model again.
    private static readonly SummarizeInvocation Invocation = new(LoadEngine());

    private static int _engineLoads;

    /// <summary>How many times this process has loaded the model (tests check it is exactly once).</summary>
    internal static int EngineLoads => Volatile.Read(ref _engineLoads);

    /// <summary>Answers one invocation. Never throws: an unexpected failure becomes a 500 envelope.</summary>
    public Stream Handle(Stream input) => new MemoryStream(Invocation.Answer(ReadAll(input)), writable: false);

    private static SummarizerEngine LoadEngine()
    {
        Interlocked.Increment(ref _engineLoads);
        return SummarizerEngine.LoadDefault();
    }

    private static byte[] ReadAll(Stream input)
    {
        if (input is MemoryStream ms) return ms.ToArray();
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }
}
