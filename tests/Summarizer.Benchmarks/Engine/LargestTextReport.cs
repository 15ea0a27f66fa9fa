using System.Diagnostics;
using System.Text;
using Summarizer.Engine;

namespace Summarizer.Benchmarks.Engine;

/// <summary>
/// The engine's cost on a large text: 256 KiB of UTF-8, six times the contract's text limit (the size the README reports;
/// a batch row may be up to 1 MiB with --max-text-bytes).
/// For each method and two shapes of text, on a fresh thread: the bytes allocated by the first summary (the
/// thread's working memory growing to fit, plus the result) and the best CPU time of the next ones.
/// Run: dotnet run -c Release --project tests/Summarizer.Benchmarks -- largest
/// </summary>
internal static class LargestTextReport
{
    public static void Run()
    {
        var texts = new (string Name, string Text)[]
        {
            ("real reviews", FillToLimit(Enumerable.Repeat(BenchmarkData.Reviews(), 10).SelectMany(r => r), " ")),
            ("three-word sentences", FillToLimit(Enumerable.Range(0, 100_000).Select(i => $"Word{i % 97} is fine."), " ")),
        };
        foreach (var (name, text) in texts)
            foreach (var method in SummarizerEngine.Methods)
            {
                var (firstAllocated, bestCpu) = OnFreshThread(() => Measure(text, method));
                Console.WriteLine($"{name,-22} {method,-10} {Encoding.UTF8.GetByteCount(text),7} B  working memory + result {firstAllocated / 1024.0,8:F0} KiB  best CPU {bestCpu.TotalMilliseconds,7:F1} ms");
            }
    }

    private static (long FirstAllocated, TimeSpan BestCpu) Measure(string text, string method)
    {
        var engine = SummarizerEngine.LoadDefault();
        var options = new SummaryOptions(Method: method);
        engine.SummarizeToText("Warm the code up. Not the scratch.", options);
        long before = GC.GetAllocatedBytesForCurrentThread();
        engine.SummarizeToText(text, options);
        long first = GC.GetAllocatedBytesForCurrentThread() - before;
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            engine.SummarizeToText(text, options);
            best = TimeSpan.FromTicks(Math.Min(best.Ticks, (Process.GetCurrentProcess().TotalProcessorTime - cpu).Ticks));
        }
        return (first, best);
    }

    private const int TextBytes = 256 * 1024;

    /// <summary>Pieces joined until the next would pass <see cref="TextBytes"/>.</summary>
    private static string FillToLimit(IEnumerable<string> pieces, string separator)
    {
        var sb = new StringBuilder();
        int bytes = 0;
        foreach (var piece in pieces)
        {
            int add = Encoding.UTF8.GetByteCount(piece) + separator.Length;
            if (bytes + add > TextBytes) break;
            sb.Append(piece).Append(separator);
            bytes += add;
        }
        return sb.ToString();
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
