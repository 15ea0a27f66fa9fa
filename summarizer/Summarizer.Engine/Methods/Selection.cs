using Summarizer.Engine.Analysis;
using Summarizer.Engine.Numerics;

namespace Summarizer.Engine.Methods;

/// <summary>Shared picking rules: candidates are sentences long enough to stand as a summary sentence.</summary>
internal static class Selection
{
    public static bool IsCandidate(Document doc, int s, EngineSettings settings) =>
        doc.WordCount(s) >= settings.MinSentenceWords;

    /// <summary>
    /// Greedy top-score picking: best candidate first, skipping one too similar (cosine of the sentence
    /// vectors above the threshold) to a sentence already picked while others remain; then
    /// <see cref="FillByPosition"/>. Ties go to the earlier sentence. O(n·count), no allocation.
    /// </summary>
    public static void PickTop(Document doc, ReadOnlySpan<float> scores, int count, EngineSettings settings, bool useVectors, ScratchList<int> picked)
    {
        int n = doc.SentenceCount;
        for (int pass = 0; pass < 2 && picked.Count < count; pass++)
        {
            bool checkRedundancy = pass == 0 && useVectors && settings.RedundancyThreshold < 1;
            while (picked.Count < count)
            {
                int best = -1;
                for (int s = 0; s < n; s++)
                {
                    if (!IsCandidate(doc, s, settings) || Contains(picked, s)) continue;
                    if (best >= 0 && !(scores[s] > scores[best])) continue;
                    if (checkRedundancy && TooSimilar(doc, s, picked, settings.RedundancyThreshold)) continue;
                    best = s;
                }
                if (best < 0) break;
                picked.Add(best);
            }
        }
        FillByPosition(doc, count, settings, picked);
    }

    /// <summary>Tops up to <paramref name="count"/> with the earliest unpicked candidates, then the earliest of the rest.</summary>
    public static void FillByPosition(Document doc, int count, EngineSettings settings, ScratchList<int> picked)
    {
        for (int pass = 0; pass < 2 && picked.Count < count; pass++)
            for (int s = 0; s < doc.SentenceCount && picked.Count < count; s++)
                if ((pass == 1 || IsCandidate(doc, s, settings)) && !Contains(picked, s))
                    picked.Add(s);
    }

    public static bool Contains(ScratchList<int> picked, int s) => picked.Span.Contains(s);

    private static bool TooSimilar(Document doc, int s, ScratchList<int> picked, double threshold)
    {
        var v = doc.Vector(s);
        foreach (int p in picked.Span)
            if (VectorMath.Dot(v, doc.Vector(p)) > threshold) return true;
        return false;
    }
}
