using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Text;

namespace Summarizer.Engine.Analysis;

/// <summary>Fills a <see cref="Document"/>: clean, split into sentences, look up every word.</summary>
internal static class DocumentAnalyzer
{
    // No GloVe word is this long; longer "words" (base64, runs of letters) are hashed, not looked up.
    private const int MaxLookupLength = 64;

    /// <summary>Cleans and splits <paramref name="text"/> into <paramref name="doc"/>. With <paramref name="lookUpWords"/>
    /// each word's id is looked up (<see cref="Document.Words"/>, <see cref="Document.KnownWords"/>); without it only each
    /// sentence's word count is kept (<see cref="Document.WordCount"/>), for a method that reads nothing more.</summary>
    public static void Analyze(ReadOnlySpan<char> text, WordEmbeddings embeddings, Document doc, bool lookUpWords = true)
    {
        if (doc.Clean.Length < text.Length) doc.Clean = new char[Math.Max(text.Length, doc.Clean.Length * 2)];
        doc.CleanLength = HtmlCleaner.Clean(text, doc.Clean);
        doc.Dimension = embeddings.Dimension;
        var clean = doc.CleanText;
        SentenceSplitter.Split(clean, doc.Sentences);

        doc.WordIds.Clear();
        doc.WordStart.Clear();
        doc.KnownWords.Clear();
        doc.OnlyWordCounts = !lookUpWords;
        int words = 0;
        foreach (var sentence in doc.Sentences.Span)
        {
            var sentenceText = clean.Slice(sentence.Start, sentence.Length);
            doc.WordStart.Add(words);
            if (!lookUpWords)
            {
                words += CountWords(sentenceText, doc);
                continue;
            }
            // Room for the sentence's lookup forms plus the slack a lookup may read past a word's end.
            int room = sentenceText.Length + VocabularyIndex.HeadChars;
            if (doc.WordBuffer.Length < room) doc.WordBuffer = new char[Math.Max(room, doc.WordBuffer.Length * 2)];
            int known = AsciiWordMasks.IsSupported && AddAsciiWords(sentenceText, embeddings, doc, out int asciiKnown)
                ? asciiKnown
                : AddWords(sentenceText, embeddings, doc);
            doc.KnownWords.Add(known);
            words = doc.WordIds.Count;
        }
        doc.WordStart.Add(words);
    }

    /// <summary>How many words the sentence has (the same words <see cref="AddWords"/> would add), without looking any up.</summary>
    private static int CountWords(ReadOnlySpan<char> sentence, Document doc)
    {
        if (AsciiWordMasks.IsSupported && TryComputeMasks(sentence, doc, out var words, out _))
            return AsciiWordMasks.CountWords(words);
        int count = 0;
        var tokenizer = new WordTokenizer(sentence);
        while (tokenizer.Next(out _, out _)) count++;
        return count;
    }

    /// <summary>Adds the sentence's word ids, character by character (any text); returns how many are known.</summary>
    private static int AddWords(ReadOnlySpan<char> sentence, WordEmbeddings embeddings, Document doc)
    {
        int known = 0;
        var buffer = doc.WordBuffer.AsSpan();
        var tokenizer = new WordTokenizer(sentence);
        while (tokenizer.NextLookupForm(buffer, out int length, out int apostrophe))
        {
            int id = WordId(buffer, 0, length, apostrophe, embeddings);
            if (id >= 0) known++;
            doc.WordIds.Add(id);
        }
        return known;
    }

    /// <summary>Adds the word ids of a sentence of ASCII characters only, found through bit masks
    /// (<see cref="AsciiWordMasks"/>); false, having added nothing, when the sentence holds any other character.</summary>
    private static bool AddAsciiWords(ReadOnlySpan<char> sentence, WordEmbeddings embeddings, Document doc, out int known)
    {
        known = 0;
        if (!TryComputeMasks(sentence, doc, out var words, out var apostrophes)) return false;
        var buffer = doc.WordBuffer.AsSpan();
        System.Text.Ascii.ToLower(sentence, buffer, out _); // lookup forms are lower case
        bool anyApostrophe = apostrophes.ContainsAnyExcept(0UL);
        int most = AsciiWordMasks.MostWords(sentence.Length);
        var bounds = doc.WordBounds.Resize(2 * most);
        int count = AsciiWordMasks.WordBounds(words, bounds[..most], bounds[most..]);
        for (int w = 0; w < count; w++)
        {
            int start = bounds[w], end = bounds[most + w];
            int length = end - start, apostrophe = -1;
            if (anyApostrophe && AsciiWordMasks.AnyIn(apostrophes, start, end))
            {
                var word = buffer.Slice(start, length);
                length = WordTokenizer.Normalize(word, word, out apostrophe); // in place: drops the apostrophes
            }
            int id = WordId(buffer, start, length, apostrophe, embeddings);
            if (id >= 0) known++;
            doc.WordIds.Add(id);
        }
        return true;
    }

    /// <summary>The sentence's word and apostrophe masks (<see cref="AsciiWordMasks.TryCompute"/>) in the document's
    /// scratch; false when the sentence holds a character outside ASCII.</summary>
    private static bool TryComputeMasks(ReadOnlySpan<char> sentence, Document doc, out Span<ulong> words, out Span<ulong> apostrophes)
    {
        int blocks = AsciiWordMasks.BlocksFor(sentence.Length);
        var masks = doc.WordMasks.Resize(2 * blocks);
        words = masks[..blocks];
        apostrophes = masks[blocks..];
        return AsciiWordMasks.TryCompute(sentence, words, apostrophes);
    }

    /// <summary>The embedding index of the lookup form buffer[start .. start + length) (or of its part before the first
    /// apostrophe), else <see cref="UnknownId"/>.</summary>
    private static int WordId(ReadOnlySpan<char> buffer, int start, int length, int apostrophe, WordEmbeddings embeddings)
    {
        if (length <= MaxLookupLength)
        {
            int index = embeddings.IndexOf(buffer, start, length);
            if (index >= 0) return index;
            if (apostrophe > 0 && (index = embeddings.IndexOf(buffer, start, apostrophe)) >= 0) return index;
        }
        return UnknownId(buffer.Slice(start, length));
    }

    /// <summary>A stable negative id for an unknown word (FNV-1a of its lookup form).</summary>
    private static int UnknownId(ReadOnlySpan<char> form)
    {
        uint hash = 2166136261;
        foreach (char c in form) hash = (hash ^ c) * 16777619;
        return -1 - (int)(hash & 0x3FFFFFFF);
    }
}
