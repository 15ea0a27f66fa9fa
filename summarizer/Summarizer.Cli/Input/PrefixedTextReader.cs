namespace Summarizer.Cli.Input;

/// <summary>Hands out characters already read from <paramref name="inner"/> first, then reads on from it.</summary>
public sealed class PrefixedTextReader(ReadOnlyMemory<char> prefix, TextReader inner) : TextReader
{
    private ReadOnlyMemory<char> _prefix = prefix;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        if (_prefix.IsEmpty) return inner.Read(destination);
        int n = Math.Min(destination.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(destination);
        _prefix = _prefix[n..];
        return n;
    }

    public override int Peek() => throw new NotSupportedException("The CSV parser reads blocks only.");
    public override int Read() => throw new NotSupportedException("The CSV parser reads blocks only.");
}
