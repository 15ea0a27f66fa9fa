namespace Summarizer.Cli;

/// <summary>A failure the user can act on: its message is printed as is, and the process exits with
/// <see cref="ExitCode"/>. Anything else that escapes a command is a bug and exits with
/// <see cref="ExitCodes.Unexpected"/>.</summary>
public sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CliException InvalidInput(string message) => new(ExitCodes.InvalidInput, message);
    public static CliException InputUnavailable(string message, Exception? inner = null) => new(ExitCodes.InputUnavailable, message, inner);
    public static CliException OutputFailed(string message, Exception? inner = null) => new(ExitCodes.OutputFailed, message, inner);
}
