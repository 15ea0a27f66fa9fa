using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Engine.Embeddings;

/// <summary>
/// Immutable word vectors: a vocabulary (lower-case words in the source file's order, which for GloVe is
/// most frequent first, so the index doubles as a frequency rank) and one flat row-major float matrix.
/// Lookups take a <see cref="ReadOnlySpan{T}"/> and allocate nothing.
/// </summary>
public sealed class WordEmbeddings
{
    private readonly string[] _words;
    private readonly float[] _vectors;
    private readonly VocabularyIndex _index;

    internal WordEmbeddings(string[] words, float[] vectors, int dimension, string? contentHash = null)
    {
        if (dimension <= 0) throw new ArgumentOutOfRangeException(nameof(dimension));
        if (vectors.Length != (long)words.Length * dimension)
            throw new ArgumentException($"{words.Length} words need {words.Length * (long)dimension} floats, got {vectors.Length}.");
        _words = words;
        _vectors = vectors;
        Dimension = dimension;
        _index = new VocabularyIndex(words); // first (most frequent) wins on duplicates
        ContentHash = contentHash ?? ComputeContentHash(words, vectors, dimension);
    }

    public int Dimension { get; }
    public int Count => _words.Length;

    /// <summary>Hex SHA-256 of the words and vectors (not of the file's formatting): names the model.</summary>
    public string ContentHash { get; }

    /// <summary>A short stable name, e.g. <c>glove25d-9931w-1a2b3c4d</c>.</summary>
    public string Name => $"glove{Dimension}d-{Count}w-{ContentHash[..8]}";

    internal ReadOnlySpan<string> Words => _words;
    internal ReadOnlySpan<float> AllVectors => _vectors;

    /// <summary>Index (= frequency rank) of a lower-case word, or -1 when unknown.</summary>
    public int IndexOf(ReadOnlySpan<char> lowerCaseWord) => _index.IndexOf(lowerCaseWord);

    /// <summary><see cref="IndexOf(ReadOnlySpan{char})"/> of text[start .. start + length), fastest when the text goes on for
    /// at least <see cref="VocabularyIndex.HeadChars"/> characters from <paramref name="start"/> (the analysis's word buffer does).</summary>
    internal int IndexOf(ReadOnlySpan<char> text, int start, int length) => _index.IndexOf(text, start, length);

    public ReadOnlySpan<float> Vector(int index) => _vectors.AsSpan(index * Dimension, Dimension);

    internal static string ComputeContentHash(ReadOnlySpan<string> words, ReadOnlySpan<float> vectors, int dimension)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> header = stackalloc byte[8];
        BitConverter.TryWriteBytes(header, dimension);
        BitConverter.TryWriteBytes(header[4..], words.Length);
        hash.AppendData(header);
        var buffer = new byte[64 * 1024];
        int used = 0;
        foreach (var word in words)
        {
            int max = Encoding.UTF8.GetMaxByteCount(word.Length) + 1;
            if (used + max > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (max > buffer.Length) buffer = new byte[max];
            }
            used += Encoding.UTF8.GetBytes(word, buffer.AsSpan(used));
            buffer[used++] = (byte)'\n';
        }
        hash.AppendData(buffer, 0, used);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
