using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Summarizer.Cli.Tests;

/// <summary>A CSV read fully with CsvHelper, for assertions: header and rows as strings.</summary>
public sealed record CsvTable(string[] Header, List<string[]> Rows)
{
    public static CsvTable Parse(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.That(parser.Read(), Is.True, "the CSV has no header");
        var header = parser.Record!;
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return new CsvTable(header, rows);
    }

    public static CsvTable Load(string path) => Parse(File.ReadAllText(path));

    public int Column(string name)
    {
        int i = Array.IndexOf(Header, name);
        Assert.That(i, Is.GreaterThanOrEqualTo(0), $"no column {name} in {string.Join(",", Header)}");
        return i;
    }

    public string[] ColumnValues(string name)
    {
        int i = Column(name);
        return Rows.Select(r => r[i]).ToArray();
    }
}
