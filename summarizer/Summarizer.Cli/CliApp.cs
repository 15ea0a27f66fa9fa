using System.CommandLine;
using Summarizer.Cli.Commands;

namespace Summarizer.Cli;

/// <summary>The `summarizer` command line: parses, reports usage errors with exit code 2, runs the command.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot() => new("Extractive summaries of product reviews: the key sentences of each text. " + ExitCodes.HelpText)
    {
        BatchCommand.Create(),
        TextCommand.Create(),
        ServeCommand.Create(),
        EmbeddingsCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'summarizer --help' (or 'summarizer COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, ct);
    }
}
