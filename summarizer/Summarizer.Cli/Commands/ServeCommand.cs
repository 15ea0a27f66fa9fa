using System.CommandLine;
using Summarizer.Cli.Serve;

namespace Summarizer.Cli.Commands;

/// <summary>`summarizer serve`: POST /summarize and GET /health on Kestrel.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated URLs).",
            DefaultValueFactory = _ => SummarizeServer.DefaultUrls,
            HelpName = "URLS",
        };
        var summary = new SummaryOptionSet(lengthAndMethod: false);
        var command = new Command("serve",
            "Serve POST /summarize (the same JSON contract as the deployed API) and GET /health. Stop with Ctrl-C. Exit codes: see summarizer --help.")
        {
            urls,
        };
        summary.AddTo(command);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(async () =>
        {
            var engine = summary.LoadEngine(parse);
            await using var app = SummarizeServer.Build(engine, parse.GetValue(urls)!);
            try
            {
                await app.StartAsync(ct);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or UriFormatException)
            {
                throw new CliException(ExitCodes.ServeFailed, $"Cannot listen on {parse.GetValue(urls)}: {ex.Message}", ex);
            }
            Console.Error.WriteLine($"summarizer: serving {string.Join(", ", SummarizeServer.Addresses(app))} (model {engine.ModelVersion}); Ctrl-C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }));
        return command;
    }
}
