namespace Summarizer.Cli.Storage;

/// <summary>Writes straight to stdout: streaming into a pipe cannot be made atomic, so a failure is told by
/// the exit code and the message on stderr.</summary>
public sealed class StandardOutput : IBatchOutput
{
    public Stream Stream { get; } = Console.OpenStandardOutput();

    public Task CommitAsync(CancellationToken ct) => Stream.FlushAsync(ct);

    public Task AbortAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
