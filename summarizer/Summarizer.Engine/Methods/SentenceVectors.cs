using Summarizer.Engine.Analysis;
using Summarizer.Engine.Embeddings;
using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Methods;

/// <summary>Sentence vectors from word vectors. A sentence with no known word gets the zero vector —
/// never a division by zero, never NaN (the original's mean of nothing crashed its batch).</summary>
internal static class SentenceVectors
{
    /// <summary>The plain mean of the known words' vectors (the original model's sentence vector).</summary>
    public static void Mean(Document doc, WordEmbeddings embeddings)
    {
        var all = doc.Vectors.Resize(doc.SentenceCount * doc.Dimension);
        all.Clear();
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var v = doc.Vector(s);
            int known = 0;
            foreach (int id in doc.Words(s))
            {
                if (id < 0) continue;
                VectorMath.AddScaled(v, embeddings.Vector(id), 1f);
                known++;
            }
            if (known > 0) VectorMath.Scale(v, 1f / known);
        }
    }

    /// <summary>Frequency-weighted sum of known words' vectors, scaled to unit length (for cosines).</summary>
    public static void WeightedUnit(Document doc, DistinctWords words, WordEmbeddings embeddings)
    {
        var all = doc.Vectors.Resize(doc.SentenceCount * doc.Dimension);
        all.Clear();
        var ids = words.Ids;
        var weights = words.Weights;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var v = doc.Vector(s);
            foreach (int w in words.Numbers(s))
                if (ids[w] >= 0) VectorMath.AddScaled(v, embeddings.Vector(ids[w]), weights[w]);
            VectorMath.NormalizeInPlace(v);
        }
    }

    /// <summary>r / (r + common) for a known word of rank r; unknown (negative id) words are rare: weight 1.</summary>
    public static float WordWeight(int id, float common) => id < 0 ? 1f : (id + 1f) / (id + 1f + common);
}
