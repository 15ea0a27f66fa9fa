using Summarizer.Engine.Embeddings;

namespace Summarizer.Engine.Tests.Embeddings;

public class EmbeddingCacheTests
{
    private GloveFiles _files = null!;

    [SetUp] public void SetUp() => _files = new GloveFiles();
    [TearDown] public void TearDown() => _files.Dispose();

    private static readonly string[] Words = ["the", "good", "taffy", "caf\u00E9", "\u732B"];

    [Test]
    public void FirstLoadWritesACacheNextToTheFileThatTheNextLoadReads()
    {
        var path = _files.Write("vectors.txt", Words, 7);
        var first = EmbeddingsLoader.Load(path, Path.Combine(_files.Folder, "unused"));
        Assert.That(File.Exists(path + EmbeddingCache.Extension), Is.True);

        var fromCache = EmbeddingCache.TryRead(path + EmbeddingCache.Extension, new FileInfo(path));
        Assert.That(fromCache, Is.Not.Null);
        Assert.That(fromCache!.ContentHash, Is.EqualTo(first.ContentHash));
        Assert.That(fromCache.Dimension, Is.EqualTo(7));
        for (int i = 0; i < Words.Length; i++)
        {
            Assert.That(fromCache.IndexOf(Words[i]), Is.EqualTo(i));
            Assert.That(fromCache.Vector(i)[6], Is.EqualTo(GloveFiles.Expected(i, 6)));
        }
        Assert.That(EmbeddingsLoader.Load(path).ContentHash, Is.EqualTo(first.ContentHash));
    }

    [Test]
    public void ACacheIsIgnoredWhenTheSourceChanged()
    {
        var path = _files.Write("vectors.txt", Words, 3);
        var before = EmbeddingsLoader.Load(path);
        _files.Write("vectors.txt", [.. Words, "extra"], 3);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Assert.That(EmbeddingCache.TryRead(path + EmbeddingCache.Extension, new FileInfo(path)), Is.Null);
        var after = EmbeddingsLoader.Load(path);
        Assert.That(after.Count, Is.EqualTo(Words.Length + 1));
        Assert.That(after.ContentHash, Is.Not.EqualTo(before.ContentHash));
        Assert.That(EmbeddingCache.TryRead(path + EmbeddingCache.Extension, new FileInfo(path))!.Count, Is.EqualTo(Words.Length + 1),
            "the stale cache is rewritten");
    }

    [Test]
    public void ADamagedCacheIsRebuiltNotTrusted()
    {
        var path = _files.Write("vectors.txt", Words, 3);
        var good = EmbeddingsLoader.Load(path);
        var cache = path + EmbeddingCache.Extension;
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes[..(bytes.Length - 5)]);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path)); // source unchanged
        Assert.That(EmbeddingsLoader.Load(path).ContentHash, Is.EqualTo(good.ContentHash));
        Assert.That(new FileInfo(cache).Length, Is.EqualTo(bytes.Length));
    }

    [Test]
    public void AReadOnlyFolderPutsTheCacheInTheCacheDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            // No Unix permission bits: simulate a read-only folder with a path that is not a folder.
            var fakeSource = _files.Write("vectors.txt", Words, 3);
            var candidates = EmbeddingCache.CandidatePaths(fakeSource, Path.Combine(_files.Folder, "cache")).ToArray();
            var written = EmbeddingCache.TryWrite(EmbeddingsLoader.Load(fakeSource), new FileInfo(fakeSource),
                [Path.Combine(fakeSource, "not-a-folder", "x.cache"), candidates[1]]);
            Assert.That(written, Is.EqualTo(candidates[1]));
            Assert.That(EmbeddingCache.TryRead(candidates[1], new FileInfo(fakeSource)), Is.Not.Null);
            return;
        }
        var folder = Path.Combine(_files.Folder, "readonly");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "vectors.txt");
        File.Move(_files.Write("v.txt", Words, 3), path);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var cacheDir = Path.Combine(_files.Folder, "cache");
            EmbeddingsLoader.Load(path, cacheDir);
            Assert.That(File.Exists(path + EmbeddingCache.Extension), Is.False);
            Assert.That(Directory.GetFiles(cacheDir, "*" + EmbeddingCache.Extension), Has.Length.EqualTo(1));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void AMissingFileIsAClearError() =>
        Assert.That(() => EmbeddingsLoader.Load(Path.Combine(_files.Folder, "nope.txt")),
            Throws.InstanceOf<FileNotFoundException>().With.Message.Contains("nope.txt"));

    [Test]
    public void AnEngineOverAGeneratedFileSummarizesAndNamesItsEmbeddings()
    {
        var path = _files.Write("vectors.txt", Words, 4);
        var engine = SummarizerEngine.Load(path);
        Assert.That(engine.ModelVersion, Does.Contain("glove4d-5w-"));
        var result = engine.Summarize("The taffy was good. Unknown zebra words here. The caf\u00E9 had good taffy. Fine.", new SummaryOptions(Sentences: 2));
        Assert.That(result.Sentences, Has.Count.EqualTo(2));
    }
}
