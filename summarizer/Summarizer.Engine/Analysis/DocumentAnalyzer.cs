using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Analysis;

/// <summary>Fills a <see cref="Document"/>: clean, split into sentences, look up every word.</summary>
internal static class DocumentAnalyzer
{
    // No GloVe word is this long; longer "words" (base64, runs of letters) are hashed, not looked up.
    private const int MaxLookupLength = 64;

    public static void Analyze(ReadOnlySpan<char> text, WordEmbeddings embeddings, Document doc)
    {
        if (doc.Clean.Length < text.Length) doc.Clean = new char[Math.Max(text.Length, doc.Clean.Length * 2)];
        doc.CleanLength = HtmlCleaner.Clean(text, doc.Clean);
        doc.Dimension = embeddings.Dimension;
        var clean = doc.CleanText;
        SentenceSplitter.Split(clean, doc.Sentences);

        doc.WordIds.Clear();
        doc.WordStart.Clear();
        doc.KnownWords.Clear();
        foreach (var sentence in doc.Sentences.Span)
        {
            doc.WordStart.Add(doc.WordIds.Count);
            int known = 0;
            var sentenceText = clean.Slice(sentence.Start, sentence.Length);
            if (doc.WordBuffer.Length < sentenceText.Length) doc.WordBuffer = new char[Math.Max(sentenceText.Length, doc.WordBuffer.Length * 2)];
            var buffer = doc.WordBuffer.AsSpan();
            var tokenizer = new WordTokenizer(sentenceText);
            while (tokenizer.NextLookupForm(buffer, out int length, out int apostrophe))
            {
                int id = WordId(buffer[..length], apostrophe, embeddings);
                if (id >= 0) known++;
                doc.WordIds.Add(id);
            }
            doc.KnownWords.Add(known);
        }
        doc.WordStart.Add(doc.WordIds.Count);
    }

    /// <summary>The embedding index of a word's lookup form (or of its part before the first apostrophe), else
    /// <see cref="UnknownId"/>.</summary>
    private static int WordId(ReadOnlySpan<char> form, int apostrophe, WordEmbeddings embeddings)
    {
        if (form.Length <= MaxLookupLength)
        {
            int index = embeddings.IndexOf(form);
            if (index >= 0) return index;
            if (apostrophe > 0 && (index = embeddings.IndexOf(form[..apostrophe])) >= 0) return index;
        }
        return UnknownId(form);
    }

    /// <summary>A stable negative id for an unknown word (FNV-1a of its lookup form).</summary>
    private static int UnknownId(ReadOnlySpan<char> form)
    {
        uint hash = 2166136261;
        foreach (char c in form) hash = (hash ^ c) * 16777619;
        return -1 - (int)(hash & 0x3FFFFFFF);
    }
}
