using System.Collections.Concurrent;
using System.Diagnostics;
using Summarizer.Evaluation.Data;
using Summarizer.Evaluation.Metrics;
using Summarizer.Evaluation.Systems;
using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation;

/// <summary>One system on one dataset: mean scores over documents, plus what explains them.</summary>
internal sealed record DatasetResult(
    RougeScores Rouge,
    Prf? Sentence,
    double MeanWords,
    double MeanSentences,
    int Documents,
    int Failures,
    int Unlocated,
    TimeSpan Elapsed,
    IReadOnlyList<DocumentScore> PerDocument);

/// <summary>One document's scores, kept in dataset order so that two systems can be compared document by document.</summary>
internal readonly record struct DocumentScore(RougeScores Rouge, Prf? Sentence);

/// <summary>
/// Runs a system over a dataset (documents in parallel; every system here is thread-safe) and macro-averages
/// the per-document scores. A system that throws or returns nothing on a document scores zero there and is
/// counted as a failure, so a crash costs what it would cost a user.
/// </summary>
internal sealed class Evaluator(int threads)
{
    /// <summary>BBC: the budget is the reference's sentence count; ROUGE against the single reference.</summary>
    public DatasetResult Bbc(ISummarySystem system, IReadOnlyList<BbcDocument> documents) =>
        Run(documents, d => d.ReferenceSentences.Count, d => d.Body, (d, picked) =>
        {
            var summary = string.Join(' ', picked);
            var sentence = SentenceOverlap.Score(new CollapsedText(d.Body), d.ReferenceSentences, picked);
            return (Rouge.Score(summary, d.Reference), sentence.Score, sentence.Unlocated);
        }, system);

    /// <summary>Opinosis: a fixed budget; ROUGE against every human summary, combined by <paramref name="mode"/>.</summary>
    public DatasetResult Opinosis(ISummarySystem system, IReadOnlyList<OpinosisTopic> topics, int sentences, MultiReference mode) =>
        Run(topics, _ => sentences, t => t.Text, (t, picked) =>
            (Rouge.Score(string.Join(' ', picked), t.References, mode), (Prf?)null, 0), system);

    private DatasetResult Run<T>(IReadOnlyList<T> documents, Func<T, int> budget, Func<T, string> text,
        Func<T, IReadOnlyList<string>, (RougeScores Rouge, Prf? Sentence, int Unlocated)> score, ISummarySystem system)
    {
        var results = new ConcurrentDictionary<int, (RougeScores Rouge, Prf? Sentence, int Words, int Sentences, bool Failed, int Unlocated)>();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var document = documents[i];
            IReadOnlyList<string> picked;
            try { picked = system.Summarize(text(document), budget(document)); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                picked = [];
            }
            var (rouge, sentence, unlocated) = score(document, picked);
            int words = picked.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            results[i] = (rouge, sentence, words, picked.Count, picked.Count == 0, unlocated);
        });
        clock.Stop();

        var all = results.OrderBy(r => r.Key).Select(r => r.Value).ToList();
        return new DatasetResult(
            RougeScores.Mean(all.Select(r => r.Rouge).ToList()),
            all.All(r => r.Sentence is not null) ? Prf.Mean(all.Select(r => r.Sentence!.Value).ToList()) : null,
            all.Average(r => r.Words),
            all.Average(r => r.Sentences),
            all.Count,
            all.Count(r => r.Failed),
            all.Sum(r => r.Unlocated),
            clock.Elapsed,
            all.Select(r => new DocumentScore(r.Rouge, r.Sentence)).ToList());
    }
}
