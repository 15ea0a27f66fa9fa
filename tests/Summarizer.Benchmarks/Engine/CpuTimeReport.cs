using System.Diagnostics;
using Summarizer.Engine;

namespace Summarizer.Benchmarks.Engine;

/// <summary>
/// The same stages as the BenchmarkDotNet classes, timed in this process's CPU time per review. On a
/// machine shared with other busy processes wall-clock benchmarks swing by several times; CPU time of a
/// single-threaded loop stays within ~10-20%. Prints one line per stage.
/// </summary>
internal static class CpuTimeReport
{
    /// <summary>Times every stage whose name contains <paramref name="filter"/> (all when null).</summary>
    public static void Run(int repetitions, string? filter = null)
    {
        s_filter = filter;
        var front = new TextFrontEndBenchmarks();
        front.Setup();
        var lookup = new EmbeddingLookupBenchmarks();
        lookup.Setup();
        Measure("clean", 1000, repetitions, () => front.Clean());
        Measure("clean+split", 1000, repetitions, () => front.CleanAndSplit());
        Measure("tokenize+normalize (cleaned)", 1000, repetitions, () => front.TokenizeAndNormalize());
        Measure("clean+split+tokenize+lookup", 1000, repetitions, () => front.CleanSplitTokenizeLookUp());
        Measure("embedding lookup (per word)", 10_000, repetitions, () => lookup.LookUp());
        var stages = new GraphStageBenchmarks();
        stages.Setup();
        Measure("hybrid: analysis", 1000, repetitions, () => stages.Analysis());
        Measure("hybrid: + distinct words", 1000, repetitions, () => stages.DistinctWordsToo());
        Measure("hybrid: + sentence vectors", 1000, repetitions, () => stages.SentenceVectorsToo());
        Measure("hybrid: + graph and PageRank", 1000, repetitions, () => stages.GraphRankToo());
        Measure("hybrid: + picking", 1000, repetitions, () => stages.PickingToo());
        foreach (var method in SummarizerEngine.Methods)
        {
            var methods = new MethodBenchmarks { Method = method };
            methods.Setup();
            Measure($"Summarize [{method}]", 1000, repetitions, () => methods.Summarize());
            Measure($"SummarizeToText [{method}]", 1000, repetitions, () => methods.SummarizeToText());
            Measure($"SummarizeTo (batch) [{method}]", 1000, repetitions, () => methods.SummarizeTo());
        }
    }

    private static string? s_filter;

    private static void Measure(string name, int operationsPerCall, int repetitions, Func<int> call)
    {
        if (s_filter is not null && !name.Contains(s_filter, StringComparison.OrdinalIgnoreCase)) return;
        for (int i = 0; i < 3; i++) call(); // warm-up, tiered JIT
        var best = double.MaxValue;
        for (int round = 0; round < 15; round++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < repetitions; i++) call();
            process.Refresh();
            var perOp = (process.TotalProcessorTime - cpu).TotalMicroseconds / (repetitions * (double)operationsPerCall);
            best = Math.Min(best, perOp);
            if (round == 0)
                Console.Write($"{name,-34} alloc {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (repetitions * (double)operationsPerCall),8:F0} B/op  ");
        }
        Console.WriteLine($"best CPU {best * 1000,10:F0} ns/op");
    }
}
