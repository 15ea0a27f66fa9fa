using System.Text;

namespace Summarizer.Cli.Tests.Text;

/// <summary>`summarizer text`: stdin to stdout, UTF-8 both ways.</summary>
public class TextCommandTests
{
    [Test]
    public void NonAsciiTextComesBackAsUtf8()
    {
        const string text = "Der Kaffee schmeckt großartig und ist günstig. Très bon café, je recommande! " +
                            "Ce café est très bon. 这个咖啡很好喝。 I would buy it again 😀.";

        var run = SummarizerProcess.Run(["text", "--ratio", "1"], stdin: text,
            // A C locale would make a naive program fall back to ASCII.
            environment: new Dictionary<string, string?> { ["LANG"] = "C", ["LC_ALL"] = "C" });

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Does.Contain("großartig"));
        Assert.That(run.StdOut, Does.Contain("Très"));
        Assert.That(run.StdOut, Does.Not.Contain("?"), "no character replaced by a question mark");
        Assert.That(run.StdOut, Does.EndWith("\n"));
    }

    [Test]
    public void SentencesOptionPicksThatManySentencesOfTheInput()
    {
        const string text = "The first sentence is here. The second one follows it. A third comes next. " +
                            "And a fourth. Finally the fifth sentence ends it.";

        var run = SummarizerProcess.Run(["text", "--sentences", "2"], stdin: text);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var summary = run.StdOut.Trim();
        Assert.That(summary, Is.Not.Empty);
        Assert.That(summary.Length, Is.LessThan(text.Length));
    }

    [TestCase("")]
    [TestCase("   \n\t ")]
    public void EmptyStdinIsExitCode3(string stdin)
    {
        var run = SummarizerProcess.Run(["text"], stdin: stdin);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain("stdin is empty"));
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void InvalidUtf8OnStdinIsExitCode3WithTheLine()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("Fine line.\nSecond line ").Concat(new byte[] { 0xC0, 0xAF }).ToArray();
        var path = dir.Write("bad.txt", bytes);

        // Through a shell so the raw bytes reach stdin untouched by any .NET encoding.
        var (code, stdout, stderr) = Summarizer.Testing.ExternalTool.Run("/bin/sh", ["-c", $"\"{SummarizerProcess.Executable}\" text < \"{path}\""]);

        Assert.That(code, Is.EqualTo(ExitCodes.InvalidInput), stderr);
        Assert.That(stderr, Does.Contain("line 2: the input is not valid UTF-8"));
        Assert.That(stdout, Is.Empty);
    }
}
