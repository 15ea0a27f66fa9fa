using System.Text;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Batch;

/// <summary>
/// One model version gives one answer on any x64 or Arm CPU. The EC2 worker's JIT uses 256-bit vectors (AVX2);
/// the Native AOT function is compiled for any x64 and so for 128-bit ones; a CPU without either gets scalar code.
/// A sum taken in the CPU's own vector width rounds differently per width, and on long texts that moves a summary.
/// The program is run here with the runtime's switches that withhold AVX2 and then every hardware intrinsic
/// (https://learn.microsoft.com/dotnet/core/runtime-config/debugging-profiling, "EnableHWIntrinsic" and the
/// per-instruction-set knobs), and each must write the very same bytes, scores included, as the default run.
/// </summary>
public class VectorWidthTests
{
    private TempFolder _data = null!;
    private string _longTexts = null!;

    [OneTimeSetUp]
    public void WriteLongTexts()
    {
        _data = new TempFolder();
        _longTexts = _data.Write("long-texts.csv", LongTextsCsv());
    }

    [OneTimeTearDown]
    public void RemoveLongTexts() => _data.Dispose();

    private static readonly Dictionary<string, string?>[] NarrowerCpus =
    [
        new() { ["DOTNET_EnableAVX2"] = "0" },
        new() { ["DOTNET_EnableHWIntrinsic"] = "0" },
    ];

    [TestCase("hybrid")]
    [TestCase("textrank")]
    [TestCase("kmeans")]
    public void EveryVectorWidthWritesTheSameSummariesAndScores(string method)
    {
        using var dir = new TempFolder();
        var widest = Summarize(dir.File("default.csv"), method, environment: null);
        foreach (var cpu in NarrowerCpus)
        {
            var narrower = Summarize(dir.File("narrower.csv"), method, cpu);
            var differing = CsvTable.Load(widest).Rows.Zip(CsvTable.Load(narrower).Rows)
                .Where(pair => !pair.First.SequenceEqual(pair.Second)).Select(pair => pair.First[0]).ToList();
            Assert.That(differing, Is.Empty, $"{string.Join(',', cpu.Select(kv => $"{kv.Key}={kv.Value}"))}: rows whose summary or scores differ");
            Assert.That(File.ReadAllBytes(narrower), Is.EqualTo(File.ReadAllBytes(widest)));
        }
    }

    private string Summarize(string output, string method, Dictionary<string, string?>? environment)
    {
        var run = SummarizerProcess.Run(["batch", _longTexts, output, "--method", method, "--scores"], environment: environment);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        return output;
    }

    /// <summary>Every BBC article and every Opinosis topic (long texts: 17 and ~100 sentences) as one CSV.</summary>
    private static string LongTextsCsv()
    {
        var texts = LongTexts.BbcAndOpinosis().Select(article => article.Text.ReplaceLineEndings(" ")).ToList();
        Assert.That(texts, Has.Count.GreaterThan(1000));
        var csv = new StringBuilder("Id,Text\n");
        for (int i = 0; i < texts.Count; i++)
            csv.Append(i + 1).Append(',').Append(BatchRealReviewsTests.Quote(texts[i])).Append('\n');
        return csv.ToString();
    }
}
