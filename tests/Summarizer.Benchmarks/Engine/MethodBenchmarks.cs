using BenchmarkDotNet.Attributes;
using Summarizer.Engine;

namespace Summarizer.Benchmarks.Engine;

/// <summary>End-to-end summary of one average real review, per method and per API
/// (<see cref="SummarizerEngine.Summarize"/> builds the sentence list; SummarizeToText only the string;
/// SummarizeTo writes the text into a reused buffer, as the batch does).</summary>
[MemoryDiagnoser]
public class MethodBenchmarks
{
    private const int Reviews = 1000;
    private string[] _texts = [];
    private SummarizerEngine _engine = null!;
    private readonly System.Buffers.ArrayBufferWriter<char> _output = new(1 << 20);

    [ParamsSource(nameof(AllMethods))]
    public string Method { get; set; } = "";

    public static IEnumerable<string> AllMethods => SummarizerEngine.Methods;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkData.Reviews();
        _engine = SummarizerEngine.LoadDefault();
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int Summarize()
    {
        int total = 0;
        var options = new SummaryOptions(Method: Method);
        foreach (var text in _texts) total += _engine.Summarize(text, options).Sentences.Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int SummarizeToText()
    {
        int total = 0;
        var options = new SummaryOptions(Method: Method);
        foreach (var text in _texts) total += _engine.SummarizeToText(text, options).Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public int SummarizeTo()
    {
        var options = new SummaryOptions(Method: Method);
        _output.ResetWrittenCount();
        foreach (var text in _texts) _engine.SummarizeTo(text, _output, options);
        return _output.WrittenCount;
    }
}
