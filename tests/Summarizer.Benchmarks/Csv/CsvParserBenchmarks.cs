using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using nietras.SeparatedValues;
using Summarizer.Benchmarks.Engine;
using Summarizer.Cli.Input;

namespace Summarizer.Benchmarks.Csv;

/// <summary>
/// Parse-only throughput of the three CSV libraries on the full-size file (568,454 rows, 278 MB), side by
/// side: each reads every row through the same strict UTF-8 decoder the batch uses and touches the Id and
/// Text fields the way the batch needs them (a span where the library offers one, else a string).
/// The file: tests/bench/make-full-dataset.py, path in FULL_REVIEWS_CSV (default tests/bench/out/reviews-full.csv).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CsvParserBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Environment.GetEnvironmentVariable("FULL_REVIEWS_CSV")
            ?? Path.Combine(BenchmarkData.RepoRoot, "tests", "bench", "out", "reviews-full.csv");
        if (!File.Exists(_path))
            throw new FileNotFoundException($"Build the full-size file first: python3 tests/bench/make-full-dataset.py {_path}", _path);
    }

    private StrictUtf8Reader Open() => new(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    [Benchmark(Baseline = true)]
    public long CsvHelper()
    {
        using var text = Open();
        using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BufferSize = 1 << 16, CacheFields = false, DetectDelimiter = false });
        parser.Read();
        int id = Array.IndexOf(parser.Record!, "Id"), body = Array.IndexOf(parser.Record!, "Text");
        long chars = 0;
        while (parser.Read()) chars += parser[id].Length + parser[body].Length;
        return chars;
    }

    [Benchmark]
    public long Sep()
    {
        using var text = Open();
        using var reader = nietras.SeparatedValues.Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).From(text);
        int id = reader.Header.IndexOf("Id"), body = reader.Header.IndexOf("Text");
        long chars = 0;
        foreach (var row in reader) chars += row[id].Span.Length + row[body].Span.Length;
        return chars;
    }

    [Benchmark]
    public long Sylvan()
    {
        using var text = Open();
        using var reader = global::Sylvan.Data.Csv.CsvDataReader.Create(text, new global::Sylvan.Data.Csv.CsvDataReaderOptions { Delimiter = ',', BufferSize = 1 << 16 });
        int id = reader.GetOrdinal("Id"), body = reader.GetOrdinal("Text");
        long chars = 0;
        while (reader.Read()) chars += reader.GetFieldSpan(id).Length + reader.GetFieldSpan(body).Length;
        return chars;
    }
}
