using System.Net;
using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Data;

/// <summary>One BBC News Summary article: its body (the title line removed) and its recovered reference sentences.</summary>
internal sealed record BbcDocument(string Id, string Title, string Body, IReadOnlyList<string> ReferenceSentences)
{
    public string Reference => string.Join(' ', ReferenceSentences);
}

/// <summary>The BBC News Summary dev half: articles/&lt;category&gt;/NNN.txt beside summaries/&lt;category&gt;/NNN.txt.</summary>
internal sealed record BbcDataset(IReadOnlyList<BbcDocument> Documents, IReadOnlyList<string> Skipped)
{
    public static BbcDataset Load(string folder)
    {
        var articles = Path.Combine(folder, "articles");
        var summaries = Path.Combine(folder, "summaries");
        if (!Directory.Exists(articles) || !Directory.Exists(summaries))
            throw new DirectoryNotFoundException($"{folder} must hold articles/ and summaries/ (BBC News Summary layout).");

        var documents = new List<BbcDocument>();
        var skipped = new List<string>();
        foreach (var articlePath in Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(articles, articlePath);
            var id = Path.ChangeExtension(relative, null).Replace('\\', '/');
            var summaryPath = Path.Combine(summaries, relative);
            if (!File.Exists(summaryPath)) { skipped.Add($"{id}: no summary file"); continue; }
            var document = Parse(id, File.ReadAllText(articlePath), File.ReadAllText(summaryPath));
            if (document is null) skipped.Add($"{id}: the summary is not a concatenation of article sentences");
            else documents.Add(document);
        }
        return new BbcDataset(documents, skipped);
    }

    /// <summary>First line is the title; the rest is the body the systems summarize. Null when the reference
    /// cannot be matched to the body's sentences. A few files carry scraped HTML entities ("caf&amp;#233;"):
    /// decoded in both files, so that a system that decodes entities is not marked wrong for it.</summary>
    public static BbcDocument? Parse(string id, string article, string summary)
    {
        article = WebUtility.HtmlDecode(article).Replace("\r\n", "\n").TrimStart('\uFEFF');
        summary = WebUtility.HtmlDecode(summary);
        int newline = article.IndexOf('\n');
        var title = newline < 0 ? article.Trim() : article[..newline].Trim();
        var body = newline < 0 ? "" : article[(newline + 1)..].Trim();
        var sentences = ExtractiveReference.Recover(summary, new CollapsedText(body));
        return sentences is null ? null : new BbcDocument(id, title, body, sentences);
    }
}
