using Summarizer.Contract;

namespace Summarizer.Cli.Batch;

/// <summary>Which input columns hold the row id and the text, whether every input column is copied to the output,
/// and whether the output gains the summary sentences' scores. The defaults fit the Amazon Fine Food Reviews CSV.</summary>
public sealed record BatchColumns(string IdColumn = BatchColumns.DefaultIdColumn, string TextColumn = BatchColumns.DefaultTextColumn, bool KeepColumns = false, bool Scores = false)
{
    public const string DefaultIdColumn = BatchOptionRules.DefaultIdColumn;
    public const string DefaultTextColumn = BatchOptionRules.DefaultTextColumn;

    /// <summary>The columns the batch adds; the output is <c>Id,PredictedSummary,Error</c> (after all the input
    /// columns with --keep-columns), or <c>Id,PredictedSummary,SentenceScores,Error</c> with --scores.</summary>
    public const string OutputIdColumn = "Id";
    public const string SummaryColumn = "PredictedSummary";
    public const string ErrorColumn = "Error";
    public const string ScoresColumn = "SentenceScores";
}
