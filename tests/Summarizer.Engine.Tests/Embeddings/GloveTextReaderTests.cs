using System.Text;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Tests.Embeddings;

public class GloveTextReaderTests
{
    private static WordEmbeddings Read(string text) =>
        GloveTextReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test");

    [Test]
    public void ReadsAnyDimensionAndKeepsFileOrder()
    {
        var e = Read("the 0.1 0.2 0.3\ncat -1 2.5e-1 3\n");
        Assert.That(e.Dimension, Is.EqualTo(3));
        Assert.That(e.Count, Is.EqualTo(2));
        Assert.That(e.IndexOf("cat"), Is.EqualTo(1));
        Assert.That(e.Vector(1).ToArray(), Is.EqualTo(new[] { -1f, 0.25f, 3f }));
    }

    [Test]
    public void ToleratesBomCrlfWord2VecHeaderAndWordsWithSpaces()
    {
        var e = Read("\uFEFF2 2\r\nNew York 1 2\r\nCaf\u00E9 3 4\r\n\r\n");
        Assert.That(e.Dimension, Is.EqualTo(2));
        Assert.That(e.IndexOf("new york"), Is.EqualTo(0));
        Assert.That(e.IndexOf("caf\u00E9"), Is.EqualTo(1), "words are lower-cased");
        Assert.That(e.Vector(1).ToArray(), Is.EqualTo(new[] { 3f, 4f }));
    }

    [Test]
    public void FirstOfDuplicateWordsWins()
    {
        var e = Read("Apple 1 1\napple 2 2\n");
        Assert.That(e.Count, Is.EqualTo(1));
        Assert.That(e.Vector(e.IndexOf("apple"))[0], Is.EqualTo(1f));
    }

    [TestCase("a 1 2\nb 1\n", "line 2")]
    [TestCase("a 1 2\nb 1 x\n", "line 2")]
    [TestCase("a 1 NaN\n", "line 1")]
    [TestCase("\n\n", "no word vectors")]
    [TestCase("lonely\n", "line 1")]
    public void MalformedFilesFailNamingTheLine(string text, string expected) =>
        Assert.That(() => Read(text), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(expected));

    [Test]
    public void UnknownWordsAreMinusOne()
    {
        var e = Read("a 1\n");
        Assert.That(e.IndexOf("zzz"), Is.EqualTo(-1));
        Assert.That(e.IndexOf(""), Is.EqualTo(-1));
    }

    [Test]
    public void ContentHashDependsOnContentNotFormatting()
    {
        var a = Read("a 1 2\nb 3 4\n");
        var b = Read("a 1.0 2.00\r\nb 3 4e0");
        var c = Read("a 1 2\nb 3 5\n");
        Assert.That(a.ContentHash, Is.EqualTo(b.ContentHash));
        Assert.That(a.ContentHash, Is.Not.EqualTo(c.ContentHash));
    }

    [Test]
    public void TheBundledDefaultIsTheSharedTrimmedGloveFile()
    {
        var bundled = EmbeddingsLoader.Default;
        // Parsed from a stream: no cache file is written beside the shared (read-only) data.
        var sharedPath = Summarizer.Testing.RepoPaths.Shared("glove", "glove.twitter.27B.25d.trimmed.txt");
        WordEmbeddings shared;
        using (var file = File.OpenRead(sharedPath)) shared = GloveTextReader.Read(file, "shared");
        Assert.That(bundled.Dimension, Is.EqualTo(25));
        Assert.That(bundled.Count, Is.EqualTo(9931));
        Assert.That(bundled.ContentHash, Is.EqualTo(shared.ContentHash));
        Assert.That(bundled.IndexOf("delicious"), Is.GreaterThan(0));

        // The resource is loaded without re-hashing, so the bytes themselves must be what the conversion writes.
        var converted = new MemoryStream();
        EmbeddingsFile.Write(shared, converted, stamp: null);
        using var resource = typeof(EmbeddingsLoader).Assembly.GetManifestResourceStream("Summarizer.Engine.DefaultEmbeddings")!;
        var resourceBytes = new MemoryStream();
        resource.CopyTo(resourceBytes);
        Assert.That(resourceBytes.ToArray(), Is.EqualTo(converted.ToArray()),
            $"regenerate the bundled file: summarizer embeddings {sharedPath} summarizer/Summarizer.Engine/Data/glove.twitter.27B.25d.trimmed.sumemb");
    }
}
