using System.CommandLine;
using Summarizer.Engine.Embeddings;

namespace Summarizer.Cli.Commands;

/// <summary>`summarizer embeddings INPUT OUTPUT`: converts GloVe text to the engine's binary format once, so every later
/// load (a worker's job, a Lambda cold start, --embeddings) reads vectors instead of parsing text.</summary>
public static class EmbeddingsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "A GloVe text file (any dimension), or a binary file to check and copy." };
        var output = new Argument<string>("OUTPUT") { Description = $"The binary file to write (conventionally *{EmbeddingsFile.Extension}); replaced atomically." };
        var command = new Command("embeddings",
            "Convert word vectors to the engine's binary format (loads in milliseconds; what --embeddings and the deployed service read fastest). " +
            "Prints the model name the summaries will carry. Exit codes: see summarizer --help.")
        {
            input, output,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(() =>
        {
            string from = parse.GetValue(input)!, to = parse.GetValue(output)!;
            var embeddings = EmbeddingsInput.Open(from, EmbeddingsLoader.LoadUncached);
            try
            {
                EmbeddingsFile.Save(embeddings, to);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw CliException.OutputFailed($"Cannot write {to}: {ex.Message}", ex);
            }
            Console.WriteLine($"{to}: {embeddings.Name} ({embeddings.Count:N0} words, {embeddings.Dimension} dimensions, content SHA-256 {embeddings.ContentHash})");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
