namespace Summarizer.Cli.Input;

/// <summary>The input is broken beyond one row (invalid UTF-8, unterminated quote, no usable header, empty):
/// the command stops, naming the line, and publishes nothing.</summary>
public sealed class InvalidInputException(long line, string problem)
    : Exception(line > 0 ? $"line {line}: {problem}" : problem)
{
    public long Line { get; } = line;
}
