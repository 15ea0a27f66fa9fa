using System.Text;

namespace Summarizer.Evaluation.Data;

/// <summary>One Opinosis topic: its review sentences (one a line) and its human summaries.</summary>
internal sealed record OpinosisTopic(string Name, IReadOnlyList<string> Sentences, IReadOnlyList<string> References)
{
    /// <summary>The text the systems summarize: one review sentence a line, as in the data file.</summary>
    public string Text => string.Join('\n', Sentences);
}

/// <summary>The Opinosis set: topics/&lt;topic&gt;.txt.data and summaries-gold/&lt;topic&gt;/&lt;topic&gt;.N.gold.</summary>
internal static class OpinosisDataset
{
    // The files are mostly ASCII with some Windows-1252/Latin-1 bytes (not UTF-8); Latin-1 never fails to decode.
    private static readonly Encoding FileEncoding = Encoding.Latin1;

    public static IReadOnlyList<OpinosisTopic> Load(string folder)
    {
        var topics = Path.Combine(folder, "topics");
        var gold = Path.Combine(folder, "summaries-gold");
        if (!Directory.Exists(topics) || !Directory.Exists(gold))
            throw new DirectoryNotFoundException($"{folder} must hold topics/ and summaries-gold/ (Opinosis layout).");

        var result = new List<OpinosisTopic>();
        foreach (var path in Directory.EnumerateFiles(topics, "*.txt.data").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..^".txt.data".Length];
            var goldFolder = Path.Combine(gold, name);
            var references = Directory.Exists(goldFolder)
                ? Directory.EnumerateFiles(goldFolder, "*.gold").Order(StringComparer.Ordinal)
                    .Select(f => File.ReadAllText(f, FileEncoding).Trim()).Where(r => r.Length > 0).ToList()
                : [];
            if (references.Count == 0)
                throw new InvalidDataException($"Opinosis topic {name} has no gold summary in {goldFolder}.");
            result.Add(new OpinosisTopic(name, ParseSentences(File.ReadAllText(path, FileEncoding)), references));
        }
        return result;
    }

    public static IReadOnlyList<string> ParseSentences(string data) =>
        data.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
