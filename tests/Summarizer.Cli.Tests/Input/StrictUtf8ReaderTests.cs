using System.Text;
using Summarizer.Cli.Input;

namespace Summarizer.Cli.Tests.Input;

public class StrictUtf8ReaderTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as pipes and sockets may.</summary>
    private sealed class TrickleStream(byte[] data, int maxPerRead) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxPerRead));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, maxPerRead)]);
    }

    private const string Mixed = "Id,Text\n1,café — naïve 日本語のテキスト 😀🎉 ok\n2,plain ascii line\n3,Ünïcödé\r\n";

    [Test]
    public void DecodesMultiByteCharactersSplitAcrossEveryReadAndBufferBoundary(
        [Values(1, 2, 3, 5, 7)] int bytesPerRead, [Values(4, 5, 8, 13, 64)] int bufferSize)
    {
        var bytes = Encoding.UTF8.GetBytes(Mixed);
        using var reader = new StrictUtf8Reader(new TrickleStream(bytes, bytesPerRead), bufferSize);

        Assert.That(reader.ReadToEnd(), Is.EqualTo(Mixed));
        Assert.That(reader.BytesRead, Is.EqualTo(bytes.Length));
    }

    [Test]
    public void SkipsALeadingByteOrderMarkOnly()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\uFEFFb")).ToArray();
        using var reader = new StrictUtf8Reader(new TrickleStream(bytes, 1));
        Assert.That(reader.ReadToEnd(), Is.EqualTo("a\uFEFFb"), "a BOM in the middle is text, not a marker");
    }

    [TestCase(new byte[] { 0xFF }, TestName = "A byte that never starts UTF-8")]
    [TestCase(new byte[] { 0xC3, 0x28 }, TestName = "A lead byte without its continuation")]
    [TestCase(new byte[] { 0xC0, 0xAF }, TestName = "An overlong encoding")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, TestName = "An encoded surrogate")]
    [TestCase(new byte[] { 0xF0, 0x9F, 0x98 }, TestName = "A sequence cut off at the end")]
    public void InvalidUtf8NamesItsLine(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two ünïcode\nline three ").Concat(bad).ToArray();
        using var reader = new StrictUtf8Reader(new TrickleStream(bytes, 3), bufferSize: 8);

        var ex = Assert.Throws<InvalidInputException>(() => reader.ReadToEnd());
        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Message, Does.StartWith("line 3: the input is not valid UTF-8"));
    }
}
