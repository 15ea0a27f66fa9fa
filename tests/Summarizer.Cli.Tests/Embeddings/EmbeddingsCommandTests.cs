using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests.Embeddings;

/// <summary>`summarizer embeddings INPUT OUTPUT`: GloVe text to the engine's binary format, and --embeddings reading it.</summary>
public class EmbeddingsCommandTests
{
    private const string Glove =
        "the 0.1 0.2 0.3\ntaffy 0.9 -0.4 0.25\nsweet 0.8 -0.3 0.2\nchewy 0.7 -0.5 0.3\nbox -0.2 0.6 0.1\narrived -0.3 0.7 0.0\n";

    private const string Review = "The taffy was sweet and chewy. The box arrived late. Sweet taffy, chewy taffy, the best taffy.";

    [Test]
    public void ConvertsGloveTextToABinaryFileThatSummarizesExactlyAsTheTextDoes()
    {
        using var dir = new TempFolder();
        var text = dir.Write("vectors.txt", Glove);
        var binary = dir.File("vectors.sumemb");

        var convert = SummarizerProcess.Run("embeddings", text, binary);

        Assert.That(convert.ExitCode, Is.EqualTo(0), convert.ToString());
        var name = Regex.Match(convert.StdOut, @"glove3d-6w-[0-9a-f]{8}").Value;
        Assert.That(name, Is.Not.Empty, convert.StdOut);
        Assert.That(File.ReadAllBytes(binary)[..6], Is.EqualTo("SUMEMB"u8.ToArray()));
        Assert.That(dir.Names(), Is.EquivalentTo(new[] { "vectors.txt", "vectors.sumemb" }), "no cache and no temporary file left");

        var fromText = SummarizerProcess.Run(["text", "--sentences", "1", "--embeddings", text], stdin: Review);
        var fromBinary = SummarizerProcess.Run(["text", "--sentences", "1", "--embeddings", binary], stdin: Review);
        Assert.That(fromBinary.ExitCode, Is.EqualTo(0), fromBinary.ToString());
        Assert.That(fromBinary.StdOut, Is.EqualTo(fromText.StdOut));
    }

    [Test]
    public void AMissingInputIsExitCode4AndABrokenOneExitCode3()
    {
        using var dir = new TempFolder();
        var missing = SummarizerProcess.Run("embeddings", dir.File("nope.txt"), dir.File("out.sumemb"));
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.InputUnavailable), missing.ToString());
        Assert.That(missing.StdErr, Does.Contain("nope.txt"));

        var broken = SummarizerProcess.Run("embeddings", dir.Write("bad.txt", "the 0.1 0.2\ncat 0.3 zebra\n"), dir.File("out.sumemb"));
        Assert.That(broken.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), broken.ToString());
        Assert.That(broken.StdErr, Does.Contain("line 2"));
        Assert.That(File.Exists(dir.File("out.sumemb")), Is.False, "nothing written for a broken input");
    }

    [Test]
    public void AnAlteredBinaryFileIsRefusedWithExitCode3()
    {
        using var dir = new TempFolder();
        var binary = dir.File("vectors.sumemb");
        Assert.That(SummarizerProcess.Run("embeddings", dir.Write("vectors.txt", Glove), binary).ExitCode, Is.EqualTo(0));
        var bytes = File.ReadAllBytes(binary);
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(binary, bytes);

        var run = SummarizerProcess.Run(["text", "--embeddings", binary], stdin: Review);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain("content hash"));
    }

    [Test]
    public void AnOutputThatCannotBeWrittenIsExitCode5()
    {
        using var dir = new TempFolder();
        var text = dir.Write("vectors.txt", Glove);
        var run = SummarizerProcess.Run("embeddings", text, Path.Combine(text, "under-a-file", "out.sumemb"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), run.ToString());
    }
}
