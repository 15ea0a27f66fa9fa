namespace Summarizer.Cli.Commands;

/// <summary>Reads a word-vector file the user named (--embeddings, `summarizer embeddings INPUT`), turning each way it
/// can fail into the documented exit code: missing or unreadable 4, not a usable file 3.</summary>
internal static class EmbeddingsInput
{
    public static T Open<T>(string path, Func<string, T> load)
    {
        if (!File.Exists(path))
            throw CliException.InputUnavailable($"Cannot read the embeddings {path}: no such file.");
        try
        {
            return load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.InputUnavailable($"Cannot read the embeddings {path}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or ArgumentException)
        {
            throw CliException.InvalidInput($"{path} is not a usable embeddings file (GloVe text or `summarizer embeddings` binary): {ex.Message}");
        }
    }
}
