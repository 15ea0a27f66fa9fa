namespace Summarizer.Cli.Tests;

/// <summary>Bad command lines exit with code 2 and say what is wrong; --help documents the exit codes.</summary>
public class CommandLineTests
{
    [TestCase(new[] { "batch", "in.csv" }, "OUTPUT")]
    [TestCase(new[] { "batch", "in.csv", "out.csv", "--sentences", "0" }, "--sentences must be a whole number from 1")]
    [TestCase(new[] { "batch", "in.csv", "out.csv", "--ratio", "1.5" }, "--ratio must be a number above 0")]
    [TestCase(new[] { "batch", "in.csv", "out.csv", "--sentences", "2", "--ratio", "0.5" }, "not both")]
    [TestCase(new[] { "batch", "in.csv", "out.csv", "--method", "no-such-method" }, "--method must be one of hybrid, textrank")]
    [TestCase(new[] { "batch", "in.csv", "out.csv", "--threads", "0" }, "--threads must be")]
    [TestCase(new[] { "batch", "s3://bucket-only", "out.csv" }, "s3://bucket/key")]
    [TestCase(new[] { "text", "--sentences", "x" }, "--sentences must be")]
    [TestCase(new[] { "frobnicate" }, "frobnicate")]
    [TestCase(new string[0], "command")]
    public void UsageErrorsExitWithCode2(string[] args, string expected)
    {
        var run = SummarizerProcess.Run(args);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString());
        Assert.That(run.StdErr, Does.Contain(expected));
    }

    [Test]
    public void HelpDocumentsTheExitCodes()
    {
        var run = SummarizerProcess.Run("--help");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Does.Contain(ExitCodes.HelpText));
        foreach (var command in new[] { "batch", "text", "serve" })
            Assert.That(run.StdOut, Does.Contain(command));
    }

    [Test]
    public void EmbeddingsThatDoNotExistAreExitCode4()
    {
        var run = SummarizerProcess.Run(["text", "--embeddings", "/no/such/glove.txt"], stdin: "Some text. More text.");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputUnavailable), run.ToString());
        Assert.That(run.StdErr, Does.Contain("/no/such/glove.txt"));
    }
}
