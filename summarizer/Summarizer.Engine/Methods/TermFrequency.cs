using Summarizer.Engine.Analysis;

namespace Summarizer.Engine.Methods;

/// <summary>
/// Sentence salience from the document's own word frequencies (Luhn's idea, which OTS also follows):
/// a sentence scores the weighted mean, over its words, of how often each word occurs in the whole
/// document. Common words weigh little (<see cref="SentenceVectors.WordWeight"/>), so "the" and "i"
/// do not make a sentence central. score(s) = Σ c(w)·tf(w) / (Σ c(w))^α with α = LengthExponent:
/// α = 1 is the plain weighted mean (dense short sentences win), smaller α favours longer ones.
/// </summary>
internal static class TermFrequency
{
    /// <summary>Writes one score per sentence into <paramref name="scores"/> (0 for a sentence without words).</summary>
    public static void Score(Document doc, DistinctWords words, EngineSettings settings, Span<float> scores)
    {
        var counts = words.Counts;
        var weights = words.Weights;
        double alpha = settings.LengthExponent;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            float sum = 0, mass = 0;
            foreach (int w in words.Numbers(s))
            {
                float c = weights[w];
                sum += c * counts[w];
                mass += c;
            }
            float position = 1f + (float)settings.PositionWeight / (1 + s);
            scores[s] = mass > 0 ? (float)(sum / Math.Pow(mass, alpha)) * position : 0f;
        }
    }
}
