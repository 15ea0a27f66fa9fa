using System.Globalization;

namespace Summarizer.Evaluation.Systems;

/// <summary>Word vectors in the standard GloVe text format ("word v1 ... vd" a line), for the original k-means peer.
/// The harness reads them itself so that the peer depends on nothing inside the engine.</summary>
internal sealed class GloveVectors
{
    private readonly Dictionary<string, double[]> _vectors;

    public int Dimensions { get; }
    public int Count => _vectors.Count;

    private GloveVectors(Dictionary<string, double[]> vectors, int dimensions) => (_vectors, Dimensions) = (vectors, dimensions);

    public bool TryGet(string word, out double[] vector) => _vectors.TryGetValue(word, out vector!);

    public static GloveVectors Load(string path) => Parse(File.ReadLines(path), path);

    public static GloveVectors Parse(IEnumerable<string> lines, string source = "GloVe text")
    {
        var vectors = new Dictionary<string, double[]>(StringComparer.Ordinal);
        int dimensions = -1, lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var parts = line.TrimEnd().Split(' ');
            if (parts.Length < 2) continue;
            if (dimensions < 0) dimensions = parts.Length - 1;
            if (parts.Length - 1 != dimensions)
                throw new InvalidDataException($"{source} line {lineNumber}: {parts.Length - 1} values, expected {dimensions}.");
            var vector = new double[dimensions];
            for (int i = 0; i < dimensions; i++)
                vector[i] = double.Parse(parts[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture);
            vectors.TryAdd(parts[0], vector);
        }
        if (dimensions < 0) throw new InvalidDataException($"{source} holds no vectors.");
        return new GloveVectors(vectors, dimensions);
    }
}
