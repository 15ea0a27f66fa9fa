using System.Diagnostics;
using System.Globalization;
using System.Text;
using Summarizer.Engine;
using Summarizer.Evaluation;
using Summarizer.Evaluation.Data;
using Summarizer.Evaluation.Systems;

EvaluationOptions options;
try { options = EvaluationOptions.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

var data = Path.GetFullPath(options.Data);
var bbc = BbcDataset.Load(Path.Combine(data, "bbc-news-summary-dev"));
var bbcDocuments = options.Limit is { } limit ? bbc.Documents.Take(limit).ToList() : bbc.Documents;
var opinosis = OpinosisDataset.Load(Path.Combine(data, "opinosis"));
Console.Error.WriteLine($"BBC: {bbcDocuments.Count} articles ({bbc.Skipped.Count} skipped: reference not recoverable); Opinosis: {opinosis.Count} topics.");
foreach (var s in bbc.Skipped) Console.Error.WriteLine($"  skipped {s}");

var clock = Stopwatch.StartNew();
SummarizerEngine engine;
try { engine = options.Settings is null ? SummarizerEngine.LoadDefault() : SummarizerEngine.LoadDefault(EngineSettings.Default.With(options.Settings)); }
catch (ArgumentException e)
{
    Console.Error.WriteLine($"--settings: {e.Message}");
    return 2;
}
Console.Error.WriteLine($"Engine settings: {engine.Settings.Describe()}");
Console.Error.WriteLine($"Engine {engine.ModelVersion} loaded in {clock.ElapsedMilliseconds} ms; methods: {string.Join(", ", SummarizerEngine.Methods)} (default {SummarizerEngine.DefaultMethod}).");

var methods = options.Methods ?? SummarizerEngine.Methods;
foreach (var m in methods.Where(m => !SummarizerEngine.IsKnownMethod(m)))
{
    Console.Error.WriteLine($"Unknown engine method '{m}'; known: {string.Join(", ", SummarizerEngine.Methods)}.");
    return 2;
}
// The default first, so the row to beat heads the table.
var systems = new List<(ISummarySystem? System, string Name, string? NotRun, bool IsPeer)>();
foreach (var m in methods.OrderByDescending(m => m.Equals(SummarizerEngine.DefaultMethod, StringComparison.OrdinalIgnoreCase)))
{
    var s = new EngineSystem(engine, m);
    systems.Add((s, s.Name, null, false));
}
if (options.Peers)
{
    systems.Add((new LeadSystem(), "Lead-N", null, true));
    systems.Add((new TextRankSystem(), "TextRank", null, true));
    var glove = GloveVectors.Load(Path.Combine(data, "glove", "glove.twitter.27B.25d.trimmed.txt"));
    systems.Add((new OriginalKMeansSystem(glove), "k-means (original)", null, true));
    var ots = OtsSystem.Find();
    if (ots is null)
        Console.Error.WriteLine($"OTS is not installed ('ots' not on PATH): its row is marked not run. Install it with: {OtsSystem.InstallHint}");
    systems.Add((ots is null ? null : new OtsSystem(ots), "OTS", ots is null ? "ots not installed" : null, true));
}

var evaluator = new Evaluator(options.Threads);
var rows = new List<SystemRow>();
foreach (var (system, name, notRun, isPeer) in systems)
{
    if (system is null) { rows.Add(new SystemRow(name, null, null, notRun, isPeer)); continue; }
    var bbcResult = evaluator.Bbc(system, bbcDocuments);
    var opinosisResult = evaluator.Opinosis(system, opinosis, options.OpinosisSentences, options.MultiReference);
    Console.Error.WriteLine($"{name}: BBC {bbcResult.Elapsed.TotalSeconds:0.0} s, Opinosis {opinosisResult.Elapsed.TotalSeconds:0.0} s");
    bool isDefault = system is EngineSystem e && e.Method.Equals(SummarizerEngine.DefaultMethod, StringComparison.OrdinalIgnoreCase);
    rows.Add(new SystemRow(name, bbcResult, opinosisResult, null, isPeer, isDefault));
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"ROUGE F1 x 100 (mean over documents). BBC News Summary dev half: {bbcDocuments.Count} articles, budget = the reference's sentence count. Opinosis: {opinosis.Count} topics, budget = {options.OpinosisSentences} sentences, {(options.MultiReference == Summarizer.Evaluation.Metrics.MultiReference.Average ? "mean" : "max")} over the human summaries. Engine {engine.ModelVersion}.");
report.AppendLine();
report.Append(MarkdownReport.Scores(rows));
var versus = MarkdownReport.DefaultAgainstBestPeer(rows);
if (versus.Length > 0)
{
    report.AppendLine();
    report.AppendLine("The default against the best peer of each column (per-document differences):");
    report.AppendLine();
    report.Append(versus);
}
report.AppendLine();
report.Append(MarkdownReport.Details(rows));
Console.Write(report);
if (options.Out is not null) File.WriteAllText(options.Out, report.ToString());
if (options.Readme is not null) File.WriteAllText(options.Readme, ReadmeTable.Replace(File.ReadAllText(options.Readme), report.ToString()));
return 0;
