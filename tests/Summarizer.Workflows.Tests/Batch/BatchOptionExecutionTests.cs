using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Testing;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// An upload's job options (S3 user metadata) through the batch workflow on moto (harness/moto_batch.py): every value
/// the shared rules refuse, hostile ones included, fails its job before the worker starts, by the shared failure path,
/// naming the option; accepted options reach the real summarizer program as the document's own script passes them,
/// and the published result has the columns and the length they ask for.
/// </summary>
[NonParallelizable]
public class BatchOptionExecutionTests
{
    private const string Csv = "Id,Text\n1,Great coffee. Strong and smooth.\n";

    // Four sentences a row; the lead method keeps the first ones, so the expected summary is known.
    private static readonly string HostileTextColumn = "'q' $(touch PWNED) `id`";
    private static readonly string Reviews =
        $"review_id,stars,{HostileTextColumn}\n" +
        "r1,5,First one is here. Second one follows. Third one now. Fourth one ends.\n" +
        "r2,2,Alpha sentence goes first. Beta sentence comes next. Gamma sentence is third. Delta sentence is last.\n";

    // The stack's defaults in the run with the real program: these columns, lead, half of the sentences.
    private static readonly BatchJobOptions StackDefaults = new("review_id", HostileTextColumn, Method: SummaryMethods.Lead, Ratio: 0.5);

    /// <summary>Values the rules refuse that S3 metadata can carry (under its 2 KB limit), one upload each, per option.</summary>
    private static IEnumerable<BatchOptionSamples.Sample> RefusedByMetadata(params BatchOption[] options) =>
        BatchOptionSamples.All.Where(s => !s.Accepted && options.Contains(s.Option) && s.Value.Length < 2000);

    private static readonly BatchScenario[] Scenarios =
    [
        Refusing("refused-words", RefusedByMetadata(BatchOptionRules.IdColumn, BatchOptionRules.TextColumn, BatchOptionRules.KeepColumns, BatchOptionRules.Method))
            // Accepted by the rule, but S3 answers non-ASCII metadata RFC 2047-encoded: refused, never taken for a name.
            .UploadThenExecute("unicode", new Dictionary<string, string> { ["text-column"] = "ré sumé ☃" })
            .UploadThenExecute("two-lengths", new Dictionary<string, string> { ["sentences"] = "2", ["ratio"] = "0.5" })
            // Over S3's 2 KB of metadata: S3 itself refuses the upload.
            .Upload("huge.csv", Csv, new Dictionary<string, string> { ["text-column"] = new string('x', BatchOptionRules.MaxColumnNameLength + 1) }),
        Refusing("refused-numbers", RefusedByMetadata(BatchOptionRules.Sentences, BatchOptionRules.Ratio)),

        new BatchScenario("applied")
        {
            Options = StackDefaults,
            Command = new JsonObject { ["program"] = Path.Combine(AppContext.BaseDirectory, "summarizer") },
        }
            .Upload("defaults.csv", Reviews).Execute("defaults", upload: 0)
            .Upload("override.csv", Reviews.Replace("review_id", "ReviewId"), new Dictionary<string, string>
            {
                ["id-column"] = "ReviewId", ["keep-columns"] = "true", ["sentences"] = "1", ["exported-by"] = "spreadsheet 1.0",
            }).Execute("override", upload: 1, delay: 0.5)
            .Upload("method.csv", Reviews, new Dictionary<string, string> { ["method"] = SummaryMethods.TextRank, ["ratio"] = "0.75" })
            .Execute("method", upload: 2, delay: 1),
    ];

    private static BatchScenario Refusing(string name, IEnumerable<BatchOptionSamples.Sample> samples)
    {
        var scenario = new BatchScenario(name) { StatusChangeRule = false, Timeout = 600 };
        int i = 0;
        foreach (var sample in samples)
        {
            scenario.UploadThenExecute(ExecutionOf(sample, i), new Dictionary<string, string> { [sample.Option.MetadataKey] = sample.Value });
            i++;
        }
        return scenario;
    }

    private static string ExecutionOf(BatchOptionSamples.Sample sample, int i) => $"{sample.Option.MetadataKey}-{i}";

    private readonly ConcurrentDictionary<string, ScenarioReport> _reports = new();
    private readonly ConcurrentDictionary<string, Exception> _failures = new();

    [OneTimeSetUp]
    public void RunAllScenarios() =>
        Parallel.ForEach(Scenarios, new ParallelOptions { MaxDegreeOfParallelism = 3 }, s =>
        {
            try { _reports[s.Name] = new ScenarioReport(MotoBatchHarness.Run(s.ToJson())); }
            catch (Exception ex) { _failures[s.Name] = ex; }
        });

    private ScenarioReport Report(string scenario)
    {
        if (_failures.TryGetValue(scenario, out var ex))
            Assert.Fail($"Scenario '{scenario}' could not run: {ex.Message}");
        return _reports[scenario];
    }

    public static IEnumerable<TestCaseData> RefusedCases()
    {
        foreach (var (scenario, options) in new[]
        {
            ("refused-words", new[] { BatchOptionRules.IdColumn, BatchOptionRules.TextColumn, BatchOptionRules.KeepColumns, BatchOptionRules.Method }),
            ("refused-numbers", new[] { BatchOptionRules.Sentences, BatchOptionRules.Ratio }),
        })
        {
            int i = 0;
            foreach (var sample in RefusedByMetadata(options))
                yield return new TestCaseData(scenario, ExecutionOf(sample, i++), sample).SetArgDisplayNames(sample.ToString());
        }
    }

    [TestCaseSource(nameof(RefusedCases))]
    public void A_refused_option_fails_its_job_before_the_worker_starts_naming_the_option(string scenario, string execution, BatchOptionSamples.Sample sample)
    {
        var r = Report(scenario);
        var e = r.Execution(execution);
        Assert.That(e.Status, Is.EqualTo("FAILED"), e.ToString());
        Assert.That(e.Error, Is.EqualTo("BatchJobFailed"));
        Assert.That(e.Cause, Does.Contain("OptionRefused").And.Contain($"sets {sample.Option.MetadataKey} to").And.Contain(sample.Option.Accepted));
        Assert.That(e.Entered, Does.Not.Contain("Join the worker's job list").And.Not.Contain("Start instance"));
        Assert.That(e.Entered, Does.Contain("Record the failure").And.Contain("Notify the failure"), "the shared failure path");
        var record = r.OutputJson($"{StorageLayout.FailurePrefix}{execution}.json")!;
        Assert.That((string)record["failure"]!["optionRefused"]!["Error"]!, Is.EqualTo("OptionRefused"));
        Assert.That(r.NotificationsOf("failed").Count(n => (string?)n["execution"] == execution), Is.EqualTo(1));
        var job = r.JobRecords.Single(j => (string?)j["execution"] == $"{WorkflowNames.BatchTag}:{execution}");
        Assert.That((string?)job["status"], Is.EqualTo("failed"), "a fixed re-upload or a redelivery runs again");
        Assert.That((string?)job["failure"], Does.Contain("OptionRefused"), "the job record says why");
    }

    [TestCase("refused-words")]
    [TestCase("refused-numbers")]
    public void Refused_options_never_start_the_worker_or_send_a_command(string scenario)
    {
        var r = Report(scenario);
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped" }));
        Assert.That(r.Commands, Is.Empty);
        Assert.That(r.WorkerItem?["jobs"], Is.Null, "no refused job ever joined the worker");
        Assert.That(r.OutputKeys.Where(k => !k.StartsWith(StorageLayout.FailurePrefix, StringComparison.Ordinal)), Is.Empty);
        Assert.That(Directory.GetFiles("/tmp", "PWNED*"), Is.Empty);
    }

    [Test]
    public void A_non_ascii_column_name_arrives_encoded_and_is_refused_with_the_way_out()
    {
        var e = Report("refused-words").Execution("unicode");
        Assert.That(e.Status, Is.EqualTo("FAILED"), e.ToString());
        Assert.That(e.Cause, Does.Contain("sets text-column to").And.Contain("=?utf-8?b?").IgnoreCase.And.Contain("summarizer:textColumn"));
    }

    [Test]
    public void Both_lengths_in_one_upload_are_refused()
    {
        var e = Report("refused-words").Execution("two-lengths");
        Assert.That(e.Status, Is.EqualTo("FAILED"), e.ToString());
        Assert.That(e.Cause, Does.Contain("OptionRefused").And.Contain(BatchOptionRules.OneLength));
    }

    [Test]
    public void Metadata_over_s3s_limit_is_refused_by_s3_at_upload()
    {
        var upload = Report("refused-words").Raw["uploads"]!.AsArray().Single(u => (string?)u!["key"] == "huge.csv")!;
        Assert.That((string?)upload["putError"], Does.Contain("MetadataTooLarge"));
    }

    // ---- accepted options, run by the real program -----------------------------------------------------------------

    [Test]
    public void Without_metadata_the_stacks_defaults_give_their_columns_and_length()
    {
        var r = Report("applied");
        Assert.That(r.Execution("defaults").Status, Is.EqualTo("SUCCEEDED"), r.Execution("defaults").ToString());
        // lead, ratio 0.5 of four sentences: the first two.
        Assert.That(Rows(r, "defaults.csv"), Is.EqualTo(new[]
        {
            new[] { "Id", "PredictedSummary", "Error" },
            ["r1", "First one is here. Second one follows.", ""],
            ["r2", "Alpha sentence goes first. Beta sentence comes next.", ""],
        }));
        var parameters = Command(r, "defaults.csv");
        Assert.That(BatchOptionRules.All.ToDictionary(o => o.DocumentParameter, o => (string?)parameters[o.DocumentParameter]),
            Is.EqualTo(StackDefaults.Texts().ToDictionary(kv => kv.Key.DocumentParameter, kv => (string?)kv.Value)), "typed parameters, verbatim");
    }

    [Test]
    public void An_uploads_metadata_overrides_the_defaults_one_by_one_and_its_length_replaces_the_stacks()
    {
        var r = Report("applied");
        Assert.That(r.Execution("override").Status, Is.EqualTo("SUCCEEDED"), r.Execution("override").ToString());
        // Its own id column and keep-columns; the stack's text column and method; sentences 1 instead of the stack's ratio.
        Assert.That(Rows(r, "override.csv"), Is.EqualTo(new[]
        {
            new[] { "ReviewId", "stars", HostileTextColumn, "Id", "PredictedSummary", "Error" },
            ["r1", "5", "First one is here. Second one follows. Third one now. Fourth one ends.", "r1", "First one is here.", ""],
            ["r2", "2", "Alpha sentence goes first. Beta sentence comes next. Gamma sentence is third. Delta sentence is last.", "r2", "Alpha sentence goes first.", ""],
        }));
        var manifest = r.OutputJson("summaries/override.csv.manifest.json")!;
        Assert.That(manifest["options"]!.ToJsonString(), Is.EqualTo(new JsonObject
        {
            ["idColumn"] = "ReviewId", ["textColumn"] = HostileTextColumn, ["keepColumns"] = "true", ["method"] = SummaryMethods.Lead,
            ["sentences"] = "1", ["ratio"] = "",
        }.ToJsonString()), "the manifest records the options used");
        Assert.That((string?)manifest["metadata"]!["exported-by"], Is.EqualTo("spreadsheet 1.0"), "metadata that names no option is kept, and ignored");
        Assert.That(Directory.GetFiles("/tmp", "PWNED*"), Is.Empty, "the column name ran nowhere");
    }

    [Test]
    public void Another_method_and_ratio_reach_the_program()
    {
        var r = Report("applied");
        Assert.That(r.Execution("method").Status, Is.EqualTo("SUCCEEDED"), r.Execution("method").ToString());
        var parameters = Command(r, "method.csv");
        Assert.That(((string?)parameters["Method"], (string?)parameters["Ratio"], (string?)parameters["Sentences"]), Is.EqualTo((SummaryMethods.TextRank, "0.75", "")));
        // ratio 0.75 of four sentences: three, in input order.
        foreach (var row in Rows(r, "method.csv").Skip(1))
            Assert.That(row[1].Split(". ").Length, Is.EqualTo(3), string.Join(" | ", row));
        Assert.That((string?)r.OutputJson("summaries/method.csv.manifest.json")!["options"]!["method"], Is.EqualTo(SummaryMethods.TextRank));
    }

    private static JsonObject Command(ScenarioReport r, string key) =>
        r.Commands.Single(c => (string?)c["parameters"]!["InputKey"] == key)["parameters"]!.AsObject();

    private static string[][] Rows(ScenarioReport r, string key)
    {
        var body = (string)r.OutputObjects[$"{StorageLayout.ResultPrefix}{key}{StorageLayout.ResultSuffix}"]!["body"]!;
        return CsvRows(body);
    }

    // The summaries CSV: RFC 4180 fields (quoted where needed), one record a line.
    private static string[][] CsvRows(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString()); field.Clear();
                rows.Add([.. fields]); fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return [.. rows];
    }
}

internal static class OptionScenarios
{
    /// <summary>An upload of a one-row CSV with that metadata, under the execution's name, and its execution.</summary>
    public static BatchScenario UploadThenExecute(this BatchScenario scenario, string execution, IReadOnlyDictionary<string, string> metadata) =>
        scenario.Upload($"{execution}.csv", "Id,Text\n1,Great coffee. Strong and smooth.\n", metadata).Execute(execution, upload: scenario.Uploads.Count - 1);
}
