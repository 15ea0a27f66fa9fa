using System.CommandLine;
using System.Text;
using Summarizer.Cli.Input;

namespace Summarizer.Cli.Commands;

/// <summary>`summarizer text`: UTF-8 text on stdin, its summary on stdout.</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var summary = new SummaryOptionSet();
        var command = new Command("text", "Summarize the UTF-8 text on stdin; print the summary (UTF-8) on stdout. Exit codes: see summarizer --help.");
        summary.AddTo(command);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(() =>
        {
            var options = summary.Read(parse);
            var engine = summary.LoadEngine(parse);
            string text = ReadStdin();
            if (string.IsNullOrWhiteSpace(text))
                throw CliException.InvalidInput("stdin is empty: pipe the text to summarize into `summarizer text`.");
            var result = engine.Summarize(text, options);
            if (result.Sentences.Count == 0)
                throw CliException.InvalidInput("no sentence found in the text on stdin.");
            // Bytes, not the console's encoding: a summary is UTF-8 whatever the locale says.
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            stdout.Write(result.Summary);
            stdout.Write('\n');
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string ReadStdin()
    {
        using var reader = new StrictUtf8Reader(Console.OpenStandardInput());
        try
        {
            return reader.ReadToEnd();
        }
        catch (InvalidInputException ex)
        {
            throw CliException.InvalidInput($"stdin: {ex.Message}");
        }
    }
}
