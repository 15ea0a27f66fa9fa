using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Tests.Embeddings;

public class EmbeddingsFileTests
{
    private GloveFiles _files = null!;

    [SetUp] public void SetUp() => _files = new GloveFiles();
    [TearDown] public void TearDown() => _files.Dispose();

    private static readonly string[] Words = ["the", "good", "taffy", "caf\u00E9", "\u732B"];

    private string Binary(int dimension = 6)
    {
        var text = _files.Write("vectors.txt", Words, dimension);
        var path = Path.Combine(_files.Folder, "vectors" + EmbeddingsFile.Extension);
        EmbeddingsFile.Save(EmbeddingsLoader.LoadUncached(text), path);
        return path;
    }

    [Test]
    public void ABinaryFileLoadsAsTheSameModelAsItsTextAndWritesNoCache()
    {
        var text = _files.Write("vectors.txt", Words, 6);
        var fromText = EmbeddingsLoader.LoadUncached(text);
        var path = Binary();
        Assert.That(EmbeddingsFile.IsBinary(path), Is.True);
        Assert.That(EmbeddingsFile.IsBinary(text), Is.False);

        var loaded = EmbeddingsLoader.Load(path);
        Assert.That(loaded.Name, Is.EqualTo(fromText.Name));
        Assert.That(loaded.ContentHash, Is.EqualTo(fromText.ContentHash));
        for (int i = 0; i < Words.Length; i++)
        {
            Assert.That(loaded.IndexOf(Words[i]), Is.EqualTo(i));
            Assert.That(loaded.Vector(i).ToArray(), Is.EqualTo(fromText.Vector(i).ToArray()));
        }
        Assert.That(Directory.GetFiles(_files.Folder, "*" + EmbeddingCache.Extension), Is.Empty,
            "converting and loading binary files leaves no cache beside them");
        Assert.That(Directory.GetFiles(_files.Folder, "*.tmp"), Is.Empty, "the atomic write's temporary file is gone");
    }

    [Test]
    public void AnEngineOverABinaryFileNamesTheSameModelAsOverItsText()
    {
        var text = _files.Write("vectors.txt", Words, 4);
        var path = Binary(4);
        Assert.That(SummarizerEngine.Load(path).ModelVersion, Is.EqualTo(SummarizerEngine.Load(text).ModelVersion));
    }

    [Test]
    public void AlteredVectorsAreRefusedByTheirContentHash()
    {
        var path = Binary();
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40; // one bit of the last float
        File.WriteAllBytes(path, bytes);
        Assert.That(() => EmbeddingsLoader.Load(path),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("content hash").And.Message.Contains(path));
    }

    [TestCase(10, "ends early")]
    [TestCase(60, "ends early")]
    [TestCase(-5, "ends early")]
    public void ATruncatedFileIsAClearError(int keep, string expected)
    {
        var path = Binary();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(keep > 0 ? keep : bytes.Length + keep)]);
        Assert.That(() => EmbeddingsLoader.Load(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(expected));
    }

    [Test]
    public void ExtraBytesAndAnotherFormatVersionAreRefused()
    {
        var path = Binary();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, [.. bytes, 0]);
        Assert.That(() => EmbeddingsLoader.Load(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("after the last vector"));
        bytes[8] = 2; // the format version follows the 8-byte magic
        File.WriteAllBytes(path, bytes);
        Assert.That(() => EmbeddingsLoader.Load(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("format version 2"));
    }

    [Test]
    public void AWordCountThatDisagreesWithTheWordsIsRefused()
    {
        var path = Binary();
        var bytes = File.ReadAllBytes(path);
        bytes[16] = (byte)(Words.Length + 1); // the count follows magic, version and dimension
        File.WriteAllBytes(path, bytes);
        Assert.That(() => EmbeddingsLoader.Load(path), Throws.InstanceOf<InvalidDataException>());
    }
}
