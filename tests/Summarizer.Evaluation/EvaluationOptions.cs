using System.Globalization;

namespace Summarizer.Evaluation;

/// <summary>The harness's command line. Every option has a default, so the plain command reproduces the README table.</summary>
internal sealed record EvaluationOptions(
    string Data,
    string? Out,
    string? Readme,
    string? Settings,
    int OpinosisSentences,
    Metrics.MultiReference MultiReference,
    int? Limit,
    IReadOnlyList<string>? Methods,
    bool Peers,
    int Threads)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Summarizer.Evaluation -- [options]
          --data DIR               the shared data folder (default ../shared/data)
          --out FILE               also write the Markdown report to FILE
          --readme FILE            also replace the table between the evaluation-table markers in FILE
          --opinosis-sentences N   sentence budget on Opinosis (default 2, the gold summaries' mean)
          --multi-reference avg|max  how Opinosis' several references combine (default avg)
          --methods a,b            only these engine methods (default: all of SummarizerEngine.Methods)
          --settings "K=v,K=v"     engine tuning knobs (EngineSettings.With; default: the shipped settings)
          --no-peers               skip Lead-N, TextRank, the original k-means and OTS (quick engine tuning)
          --limit N                only the first N BBC articles (quick runs; the README table uses all)
          --threads N              documents in parallel (default: processor count)
        """;

    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        var o = new EvaluationOptions(Path.Combine("..", "shared", "data"), null, null, null, 2, Metrics.MultiReference.Average, null, null, true,
            Environment.ProcessorCount);
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            o = args[i] switch
            {
                "--data" => o with { Data = Value() },
                "--out" => o with { Out = Value() },
                "--readme" => o with { Readme = Value() },
                "--settings" => o with { Settings = Value() },
                "--opinosis-sentences" => o with { OpinosisSentences = Positive(args[i], Value()) },
                "--multi-reference" => o with
                {
                    MultiReference = Value() switch
                    {
                        "avg" => Metrics.MultiReference.Average,
                        "max" => Metrics.MultiReference.Max,
                        var v => throw new ArgumentException($"--multi-reference takes avg or max, not '{v}'."),
                    },
                },
                "--methods" => o with { Methods = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--no-peers" => o with { Peers = false },
                "--limit" => o with { Limit = Positive(args[i], Value()) },
                "--threads" => o with { Threads = Positive(args[i], Value()) },
                var unknown => throw new ArgumentException($"Unknown option '{unknown}'."),
            };
        }
        return o;
    }

    private static int Positive(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new ArgumentException($"{option} takes a positive whole number, not '{value}'.");
}
