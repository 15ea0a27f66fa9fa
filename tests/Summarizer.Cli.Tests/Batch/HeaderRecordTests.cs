using Summarizer.Cli.Batch;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>The header is read off the input before the parser, without waiting for more than it needs.</summary>
public class HeaderRecordTests
{
    /// <summary>Hands out its parts one read at a time, then fails the test if read again: a pipe with
    /// nothing more coming would block there.</summary>
    private sealed class StallingReader(params string[] parts) : TextReader
    {
        private int _next;
        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
        public override int Read(Span<char> destination)
        {
            if (_next == parts.Length) Assert.Fail("read past what had arrived: on a pipe this would block");
            var part = parts[_next++];
            part.CopyTo(destination);
            return part.Length;
        }
    }

    [Test]
    public void AHeaderThatHasArrivedIsReturnedWithoutReadingOn()
    {
        var header = HeaderRecord.Read(new StallingReader("\n\nId,", "Text\n"), maxChars: 1 << 20);
        Assert.That(header, Is.Not.Null);
        Assert.That(header!.Text, Is.EqualTo("Id,Text"));
        Assert.That(header.Line, Is.EqualTo(3), "after two blank lines");
        Assert.That(header.LinesThrough, Is.EqualTo(3));
        Assert.That(header.Rest.IsEmpty, Is.True);
    }

    [Test]
    public void AQuotedLineBreakStaysInTheHeaderAndWhatFollowsIsKept()
    {
        var header = HeaderRecord.Read(new StringReader("Id,\"Te\r\nxt\"\r\n1,a\n"), maxChars: 1 << 20);
        Assert.That(header!.Text, Is.EqualTo("Id,\"Te\r\nxt\""));
        Assert.That(header.LinesThrough, Is.EqualTo(2));
        Assert.That(header.Rest.ToString(), Is.EqualTo("1,a\n"));
    }

    [Test]
    public void BlankInputHasNoHeader() =>
        Assert.That(HeaderRecord.Read(new StringReader("\r\n\n\r\n"), maxChars: 1 << 20), Is.Null);

    [Test]
    public void AHeaderLongerThanTheCapIsABrokenFile()
    {
        var ex = Assert.Throws<Summarizer.Cli.Input.InvalidInputException>(() =>
            HeaderRecord.Read(new StringReader("\"" + new string('x', 10_000)), maxChars: 8192));
        Assert.That(ex!.Message, Does.Contain("is a quote left unterminated?"));
    }
}
