using Spectre.Console;

namespace Summarizer.Cli.Batch;

/// <summary>The progress bar on stderr, shown only when stderr is a terminal (never in logs or pipes).</summary>
public static class BatchProgress
{
    public static bool ShouldShow => !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="run"/> under a progress bar; it reports (rows, errors) and the bar reads
    /// the bytes consumed from <paramref name="bytesRead"/> against <paramref name="totalBytes"/>.</summary>
    public static T Show<T>(long? totalBytes, Func<long> bytesRead, Func<Action<long, long>, T> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("summarizing", maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                return run((rows, errors) =>
                {
                    task.Value = Math.Min(task.MaxValue, bytesRead());
                    task.Description = $"{rows:N0} rows, {errors:N0} errors";
                });
            });
    }
}
