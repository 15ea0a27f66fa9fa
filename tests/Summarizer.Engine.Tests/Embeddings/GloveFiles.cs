using System.Globalization;
using System.Text;

namespace Summarizer.Engine.Tests.Embeddings;

/// <summary>Generates GloVe text files with known content in a fresh temporary folder.</summary>
internal sealed class GloveFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("summarizer-glove-").FullName;

    /// <summary>Word i has the vector (i + 1, (i + 1) / 10, ...) of the given dimension.</summary>
    public string Write(string name, IReadOnlyList<string> words, int dimension, string? header = null)
    {
        var text = new StringBuilder();
        if (header is not null) text.Append(header).Append('\n');
        for (int i = 0; i < words.Count; i++)
        {
            text.Append(words[i]);
            for (int d = 0; d < dimension; d++)
                text.Append(' ').Append(((i + 1) / Math.Pow(10, d)).ToString("R", CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    public static float Expected(int wordIndex, int d) => (float)((wordIndex + 1) / Math.Pow(10, d));

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
            File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(Folder, recursive: true);
    }
}
