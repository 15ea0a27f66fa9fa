namespace Summarizer.Cli.Tests.Batch;

/// <summary>Rows that cannot be summarized get an empty summary and an error, in place: never dropped or moved.</summary>
public class BadRowTests
{
    [Test]
    public void EveryBadRowBecomesAnErrorRowInPlace()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv",
            "Id,Score,Text\n" +
            "1,5,This is a good review. It has two sentences.\n" +
            "2,5,\n" +                                   // empty text
            "3,5,\"   \"\n" +                            // whitespace only
            "4,5,\t\t\n" +                               // tabs only
            "5,5,<br /><br />&nbsp;\n" +                 // markup only: no sentence once cleaned
            "6,5\n" +                                    // too few fields
            "7,5,Too many,fields\n" +                    // too many fields
            "8,5,a stray \"quote\" inside\n" +           // malformed quoting
            "9,5,\"Quoted, with a comma. And \"\"quotes\"\".\"\n" +
            "\n" +                                       // a blank line is not a row
            "10,5,The last review is fine.\n");
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.ColumnValues("Id"), Is.EqualTo(Enumerable.Range(1, 10).Select(i => i.ToString())));
        var summary = result.ColumnValues("PredictedSummary");
        var error = result.ColumnValues("Error");
        foreach (int ok in new[] { 0, 8, 9 })
        {
            Assert.That(error[ok], Is.Empty, $"row {ok + 1}");
            Assert.That(summary[ok], Is.Not.Empty, $"row {ok + 1}");
        }
        foreach (int bad in new[] { 1, 2, 3, 4, 5, 6, 7 })
        {
            Assert.That(summary[bad], Is.Empty, $"row {bad + 1}");
            Assert.That(error[bad], Does.StartWith($"line {bad + 2}:"), $"row {bad + 1}: the error names the line");
        }
        Assert.That(error[1], Does.Contain("empty"));
        Assert.That(error[5], Does.Contain("2 fields but the header has 3"));
        Assert.That(error[6], Does.Contain("4 fields but the header has 3"));
        Assert.That(error[7], Does.Contain("malformed quotes"));
        Assert.That(run.StdErr, Does.Contain("10 rows, 7 errors"));
    }

    [Test]
    public void KeepColumnsKeepsTheOutputRectangularForShortAndLongRows()
    {
        using var dir = new TempFolder();
        var input = dir.Write("in.csv", "Id,Score,Text\n1,5\n2,4,Fine text.,extra\n");
        var output = dir.File("out.csv");

        var run = SummarizerProcess.Run("batch", input, output, "--keep-columns");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var result = CsvTable.Load(output);
        Assert.That(result.Rows.Select(r => r.Length), Is.All.EqualTo(6));
        Assert.That(result.Rows[0][..3], Is.EqualTo(new[] { "1", "5", "" }));
        Assert.That(result.Rows[1][..3], Is.EqualTo(new[] { "2", "4", "Fine text." }));
    }
}
