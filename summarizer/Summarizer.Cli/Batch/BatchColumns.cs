using Summarizer.Contract;

namespace Summarizer.Cli.Batch;

/// <summary>Which input columns hold the row id and the text, and whether every input column is copied to
/// the output. The defaults fit the Amazon Fine Food Reviews CSV.</summary>
public sealed record BatchColumns(string IdColumn = BatchColumns.DefaultIdColumn, string TextColumn = BatchColumns.DefaultTextColumn, bool KeepColumns = false)
{
    public const string DefaultIdColumn = BatchOptionRules.DefaultIdColumn;
    public const string DefaultTextColumn = BatchOptionRules.DefaultTextColumn;

    /// <summary>The columns the batch adds; the output is <c>Id,PredictedSummary,Error</c> (after all the input
    /// columns with --keep-columns).</summary>
    public const string OutputIdColumn = "Id";
    public const string SummaryColumn = "PredictedSummary";
    public const string ErrorColumn = "Error";
}
