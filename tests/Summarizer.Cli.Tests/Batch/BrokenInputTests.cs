using System.Text;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>Files broken beyond one row: the run stops with exit code 3 and a message naming the line, and
/// nothing appears at the output (not even a temporary file).</summary>
public class BrokenInputTests
{
    public static IEnumerable<TestCaseData> BrokenFiles()
    {
        static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

        yield return new TestCaseData(Utf8("Id,Text\n1,Fine. Good.\n2,\"never closed. And more.\n3,Also lost.\n"), "line 3: a quoted field starting on this line is never closed")
            .SetName("Unterminated quote in the text column names the line it opens on");
        yield return new TestCaseData(Utf8("Id,Text,Note\n1,Fine.,ok\n2,Good.,\"open\n3,More.,x\n"), "line 3: a quoted field")
            .SetName("Unterminated quote in a column the batch does not read");
        yield return new TestCaseData(Utf8("Id,Text,Note\n1,Fine.,ok\n2,\"Good.,x\n\n3,More.,x\n"), "line 3: a quoted field")
            .SetName("Unterminated quote that leaves the record short of fields");
        yield return new TestCaseData(Utf8("Id,Body\n1,Some text.\n"), "line 1: the header has no 'Text' column")
            .SetName("No text column");
        yield return new TestCaseData(Utf8("1,B001E4KFG0,A3SGXH7AUHU8GW,delmartian,1,1,5,1303862400,Good Quality Dog Food,I have bought several.\n"),
                "line 1: the header has no 'Id' column")
            .SetName("Missing header line");
        yield return new TestCaseData(Bytes(Utf8("Id,Text\n1,ok.\n2,ok.\n3,bad "), [0xC3, 0x28], Utf8(" here.\n")), "line 4: the input is not valid UTF-8")
            .SetName("Invalid UTF-8 in a row");
        yield return new TestCaseData(Bytes(Utf8("Id,Te"), [0xFF], Utf8("xt\n1,ok.\n")), "line 1: the input is not valid UTF-8")
            .SetName("Invalid UTF-8 in the header");
        yield return new TestCaseData(Bytes(Utf8("Id,Text\n1,ok.\n2,caf"), [0xC3]), "line 3: the input is not valid UTF-8")
            .SetName("UTF-8 sequence cut off at the end of the file");
        yield return new TestCaseData(Array.Empty<byte>(), "the input is empty").SetName("Empty file");
        yield return new TestCaseData(new byte[] { 0xEF, 0xBB, 0xBF }, "the input is empty").SetName("Only a byte-order mark");
        yield return new TestCaseData(Utf8("\n\n\n"), "the input is empty").SetName("Only blank lines");
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public void StopsNamingTheProblemAndPublishesNothing(byte[] content, string expectedMessage)
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", content);
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain(expectedMessage));
        Assert.That(run.StdErr, Does.Contain("in.csv"), "the message names the file");
        Assert.That(dir.Names(), Is.EquivalentTo(new[] { "in.csv" }), "no output and no temporary file left");
    }

    [Test]
    public void AFailedRunLeavesAnExistingOutputUntouched()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "Id,Text\n1,Fine.\n2,\"never closed\n");
        var output = dir.Write("out.csv", "previous results\n");

        var run = SummarizerProcess.Run("batch", input, output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(File.ReadAllText(output), Is.EqualTo("previous results\n"));
        Assert.That(dir.Names(), Is.EquivalentTo(new[] { "in.csv", "out.csv" }));
    }

    [Test]
    public void AFailureAfterManyChunksStillPublishesNothing()
    {
        // The broken record comes after thousands of good rows, so chunks have already been written to the
        // temporary file when the reader finds it.
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", BatchRealReviewsTests.RepeatedReviews(3) + "3001,\"this quote never closes\n");
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain("unterminated quote"));
        Assert.That(dir.Names(), Is.EquivalentTo(new[] { "in.csv" }));
    }

    [Test]
    public void MissingInputIsExitCode4()
    {
        using var dir = new TempFolder();
        var run = SummarizerProcess.Run("batch", dir.File("nope.csv"), dir.File("out.csv"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputUnavailable), run.ToString());
        Assert.That(run.StdErr, Does.Contain("nope.csv"));
        Assert.That(dir.Names(), Is.Empty);
    }

    [Test]
    public void UnwritableOutputIsExitCode5()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "Id,Text\n1,Fine.\n");
        var run = SummarizerProcess.Run("batch", input, Path.Combine(dir.Path, "no-such-folder", "out.csv"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), run.ToString());
        Assert.That(run.StdErr, Does.Contain("no-such-folder"));
    }
}
