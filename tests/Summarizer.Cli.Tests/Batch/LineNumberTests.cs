namespace Summarizer.Cli.Tests.Batch;

/// <summary>Errors name the physical line a row starts on, whatever comes before it: blank lines, CRLF line
/// ends, a header or fields spanning several lines inside quotes.</summary>
public class LineNumberTests
{
    [Test]
    public void LinesCountBlankLinesCrlfAndQuotedLineBreaks()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv",
            "\r\n\r\n" +                                   // lines 1-2: blank
            "Id,Text,\"Note\r\nspanning\"\r\n" +           // lines 3-4: the header
            "1,Fine review.,n\r\n" +                       // line 5
            "2,\"Two\r\nlines.\",n\r\n" +                  // lines 6-7
            "\r\n" +                                       // line 8: blank
            "3,Too,many,fields\r\n" +                      // line 9
            "4,,n\r\n" +                                   // line 10: empty text
            "5,\"x\"y,n\r\n");                             // line 11: text after a closing quote
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.ColumnValues("Id"), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
        Assert.That(result.ColumnValues("PredictedSummary")[1], Is.EqualTo("Two lines."), "one row across two lines (the cleaner folds the break)");
        var errors = result.ColumnValues("Error");
        Assert.That(errors[..2], Is.All.Empty);
        Assert.That(errors[2], Does.StartWith("line 9: the row has 4 fields"));
        Assert.That(errors[3], Does.StartWith("line 10: the text is empty"));
        Assert.That(errors[4], Does.StartWith("line 11: malformed quotes"));
    }

    [Test]
    public void AnUnterminatedQuoteNamesTheLineWhereItOpens()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "Id,Text,Note\n1,\"Two\nlines.\",\"opens here\n2,More.,x\n");
        var run = SummarizerProcess.Run("batch", input, dir.File("out.csv"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), run.ToString());
        Assert.That(run.StdErr, Does.Contain("line 3: a quoted field starting on this line is never closed"));
    }
}
