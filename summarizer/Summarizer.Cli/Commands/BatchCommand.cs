using System.CommandLine;
using Summarizer.Cli.Batch;
using Summarizer.Cli.Storage;
using Summarizer.Contract;

namespace Summarizer.Cli.Commands;

/// <summary>`summarizer batch INPUT OUTPUT`: one summary row per input row, streamed.</summary>
public static class BatchCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "The reviews CSV: a path, - for stdin, or s3://bucket/key." };
        var output = new Argument<string>("OUTPUT") { Description = "Where to write the summaries CSV: a path, - for stdout, or s3://bucket/key. Published only when every row is done." };
        var idColumn = new Option<string>(BatchOptionRules.IdColumn.Flag) { Description = "The input column holding each row's id.", DefaultValueFactory = _ => BatchColumns.DefaultIdColumn, HelpName = "NAME" };
        var textColumn = new Option<string>(BatchOptionRules.TextColumn.Flag) { Description = "The input column holding the text to summarize.", DefaultValueFactory = _ => BatchColumns.DefaultTextColumn, HelpName = "NAME" };
        // Column names, and --keep-columns' optional true/false, follow the batch options' shared rules (BatchOptionRules).
        idColumn.CustomParser = OptionParsers.Rule<string>(BatchOptionRules.IdColumn, t => t);
        textColumn.CustomParser = OptionParsers.Rule<string>(BatchOptionRules.TextColumn, t => t);
        var keepColumns = new Option<bool>(BatchOptionRules.KeepColumns.Flag) { Description = "Copy every input column to the output, before Id,PredictedSummary,Error.", Arity = ArgumentArity.ZeroOrOne };
        var parseKeepColumns = OptionParsers.Rule<bool>(BatchOptionRules.KeepColumns, t => t == "true");
        keepColumns.CustomParser = r => r.Tokens.Count == 0 || parseKeepColumns(r);
        var scores = new Option<bool>("--scores")
        {
            Description = "Add a SentenceScores column before Error: the rank score of each summary sentence under the method, in summary order, separated by spaces.",
        };
        var threads = new Option<int>("--threads") { Description = "Summarizing threads. Default: the number of cores.", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var parseThreads = OptionParsers.Int(1, 1024, "--threads must be a whole number from 1 to 1024.");
        threads.CustomParser = r => parseThreads(r) ?? 0;
        var maxTextBytes = new Option<int>("--max-text-bytes")
        {
            Description = $"Longest text summarized, in UTF-8 bytes; a row with a longer text gets an error row. Default: {BatchLimits.DefaultMaxTextBytes} " +
                $"(the POST /summarize limit); at most {BatchLimits.MaxTextBytesCeiling}, so any row fits the batch's memory budget.",
            DefaultValueFactory = _ => BatchLimits.DefaultMaxTextBytes,
            HelpName = "BYTES",
        };
        var parseMaxTextBytes = OptionParsers.Int(1, BatchLimits.MaxTextBytesCeiling, $"--max-text-bytes must be a whole number from 1 to {BatchLimits.MaxTextBytesCeiling}.");
        maxTextBytes.CustomParser = r => parseMaxTextBytes(r) ?? 0;
        var summary = new SummaryOptionSet();

        var command = new Command("batch",
            "Summarize the text column of every row of a CSV. Writes Id,PredictedSummary,Error: exactly one row per " +
            "input row, in input order; a row that cannot be summarized gets an empty summary and the reason in Error. " +
            "A broken file stops the run with the line named, and no output is published. " + ExitCodes.HelpText)
        {
            input, output, idColumn, textColumn, keepColumns, scores, threads, maxTextBytes,
        };
        summary.AddTo(command);

        command.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var job = new BatchJob(
                StorageLocation.Parse(parse.GetValue(input)!),
                StorageLocation.Parse(parse.GetValue(output)!),
                new BatchColumns(parse.GetValue(idColumn)!, parse.GetValue(textColumn)!, parse.GetValue(keepColumns), parse.GetValue(scores)),
                summary.Read(parse),
                parse.GetValue(threads),
                parse.GetValue(maxTextBytes));
            var engine = summary.LoadEngine(parse);
            await BatchRunner.RunAsync(job, engine, Console.Error, ct);
            return ExitCodes.Success;
        }));
        return command;
    }
}
