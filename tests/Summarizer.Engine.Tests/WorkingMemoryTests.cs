namespace Summarizer.Engine.Tests;

/// <summary>Each thread's working memory: a summary never depends on what the thread summarized before
/// (no method reads data another method left behind), and after warm-up a summary allocates only its result.</summary>
public class WorkingMemoryTests
{
    private static readonly SummarizerEngine Engine = SummarizerEngine.LoadDefault();

    [Test]
    public void ASummaryDoesNotDependOnWhatTheThreadSummarizedBefore()
    {
        var texts = ReviewData.Texts.Take(300).Append(string.Concat(ReviewData.Texts.Take(40))).ToArray(); // and one long text
        // Each method alone on a fresh thread ...
        var alone = SummarizerEngine.Methods.ToDictionary(m => m, m => OnNewThread(() =>
            texts.Select(t => Engine.SummarizeToText(t, new SummaryOptions(Method: m))).ToArray()));
        // ... and all methods taking turns on one thread, each text after another method's different-sized one.
        var interleaved = OnNewThread(() =>
        {
            var results = SummarizerEngine.Methods.ToDictionary(m => m, _ => new string[texts.Length]);
            var methods = SummarizerEngine.Methods;
            for (int i = 0; i < texts.Length; i++)
                for (int k = 0; k < methods.Count; k++)
                {
                    int t = (i + 37 * k) % texts.Length; // each method a different text from the one before it
                    results[methods[k]][t] = Engine.SummarizeToText(texts[t], new SummaryOptions(Method: methods[k]));
                }
            return results;
        });

        foreach (var m in SummarizerEngine.Methods)
            Assert.That(interleaved[m], Is.EqualTo(alone[m]), m);
    }

    [TestCaseSource(typeof(SummarizerEngine), nameof(SummarizerEngine.Methods))]
    public void AfterWarmUpASummaryAllocatesOnlyItsResult(string method)
    {
        var texts = ReviewData.Texts;
        var options = new SummaryOptions(Method: method);
        long resultBytes = 0, allocated = OnNewThread(() =>
        {
            // Warm-up: the scratch grows to the largest review; a second pass lets tiered compilation settle (its
            // call counting and promotions allocate on the calling thread while a method is still being counted).
            for (int pass = 0; pass < 2; pass++)
                foreach (var t in texts) Engine.SummarizeToText(t, options);
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var t in texts) resultBytes += StringBytes(Engine.SummarizeToText(t, options));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.That(allocated - resultBytes, Is.LessThanOrEqualTo(1024),
            $"{allocated} bytes allocated for {texts.Length} summaries whose strings take {resultBytes}");
    }

    [TestCaseSource(typeof(SummarizerEngine), nameof(SummarizerEngine.Methods))]
    public void SummarizeToAppendsTheSameTextAndAllocatesNothing(string method)
    {
        var texts = ReviewData.Texts;
        var options = new SummaryOptions(Method: method);
        var expected = string.Concat(texts.Select(t => Engine.SummarizeToText(t, options)));
        var output = new System.Buffers.ArrayBufferWriter<char>(expected.Length);
        long allocated = OnNewThread(() =>
        {
            // Warm-up: the scratch grows to the largest review; a second pass lets tiered compilation settle (its
            // call counting and promotions allocate on the calling thread while a method is still being counted).
            for (int pass = 0; pass < 2; pass++)
                foreach (var t in texts) Engine.SummarizeToText(t, options);
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var t in texts) Engine.SummarizeTo(t, output, options);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.That(output.WrittenSpan.ToString(), Is.EqualTo(expected), "each summary appended after the previous ones");
        Assert.That(allocated, Is.LessThanOrEqualTo(1024), "an output with room: nothing allocated per summary");
    }

    /// <summary>The heap size of a string on 64-bit .NET: header, method table, length, characters and terminator, 8-byte aligned.</summary>
    private static long StringBytes(string s) => (22 + 2L * s.Length + 7) / 8 * 8;

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception ex) { failure = ex; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new AggregateException(failure);
        return result;
    }
}
