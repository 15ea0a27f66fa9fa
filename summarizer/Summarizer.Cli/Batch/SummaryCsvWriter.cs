using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Summarizer.Cli.Batch;

/// <summary>Writes the output CSV (UTF-8 without BOM, LF line ends, quoted only where needed):
/// <c>Id,PredictedSummary,Error</c>, after every input column with --keep-columns.</summary>
public sealed class SummaryCsvWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly bool _keepColumns;
    private readonly int _inputColumns;

    public SummaryCsvWriter(Stream output, string[] inputHeader, bool keepColumns)
    {
        _keepColumns = keepColumns;
        _inputColumns = inputHeader.Length;
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        if (keepColumns)
            foreach (var name in inputHeader) _csv.WriteField(name);
        _csv.WriteField(BatchColumns.OutputIdColumn);
        _csv.WriteField(BatchColumns.SummaryColumn);
        _csv.WriteField(BatchColumns.ErrorColumn);
        _csv.NextRecord();
    }

    public void Write(RowChunk chunk)
    {
        for (int i = 0; i < chunk.Count; i++)
        {
            if (_keepColumns)
                WriteInputFields(chunk.Fields[i]!);
            _csv.WriteField(chunk.Ids[i]);
            _csv.WriteField(chunk.Summaries[i]);
            _csv.WriteField(chunk.Errors[i] ?? "");
            _csv.NextRecord();
        }
    }

    /// <summary>Exactly one field per input column, so the output stays rectangular even for a row with
    /// too few or too many fields (that row's Error says so).</summary>
    private void WriteInputFields(string[] fields)
    {
        for (int c = 0; c < _inputColumns; c++)
            _csv.WriteField(c < fields.Length ? fields[c] : "");
    }

    /// <summary>Pushes everything buffered down to the output stream.</summary>
    public void Flush()
    {
        _csv.Flush();
        _text.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
