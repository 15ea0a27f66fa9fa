using System.Text;
using nietras.SeparatedValues;

namespace Summarizer.Cli.Batch;

/// <summary>Writes the output CSV with Sep (UTF-8 without BOM, LF line ends, quoted only where needed):
/// <c>Id,PredictedSummary,Error</c>, after every input column with --keep-columns, with SentenceScores before Error
/// with --scores. Fields are written straight from the chunk's storage, without a string each.</summary>
public sealed class SummaryCsvWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly SepWriter _csv;
    private readonly int _inputColumns;
    private readonly bool _scores;

    public SummaryCsvWriter(Stream output, string[] inputHeader, bool keepColumns, bool scores = false)
    {
        _inputColumns = keepColumns ? inputHeader.Length : 0;
        _scores = scores;
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _csv = Sep.New(',').Writer(o => o with { WriteHeader = false, Escape = true }).To(_text, leaveOpen: true);
        using var header = _csv.NewRow();
        for (int c = 0; c < _inputColumns; c++) header[c].Set(inputHeader[c]);
        header[_inputColumns].Set(BatchColumns.OutputIdColumn);
        header[_inputColumns + 1].Set(BatchColumns.SummaryColumn);
        if (_scores) header[_inputColumns + 2].Set(BatchColumns.ScoresColumn);
        header[_inputColumns + (_scores ? 3 : 2)].Set(BatchColumns.ErrorColumn);
    }

    public void Write(RowChunk chunk)
    {
        for (int i = 0; i < chunk.Count; i++)
        {
            using var row = _csv.NewRow();
            // Exactly one field per input column, so the output stays rectangular even for a row with too few
            // or too many fields (that row's Error says so): the reader keeps that many.
            for (int c = 0; c < _inputColumns; c++) row[c].Set(chunk.Field(i, c));
            row[_inputColumns].Set(chunk.Id(i));
            row[_inputColumns + 1].Set(chunk.Summary(i));
            if (_scores) row[_inputColumns + 2].Set(chunk.ScoreText(i));
            row[_inputColumns + (_scores ? 3 : 2)].Set(chunk.Errors[i] ?? "");
        }
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
