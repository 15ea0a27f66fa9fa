using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// The batch and clean-up workflows EXECUTED by moto's Step Functions engine against moto's EC2, SSM, S3, DynamoDB and
/// SNS, patched to behave like AWS (instances take time to leave pending and stopping, a stopping instance cannot be
/// started, SSM registration and command status move like AWS's, aws-sdk errors carry AWS's names, S3 refuses keys
/// over 1,024 bytes: harness/aws_behaviour.py). Every scenario runs in its own harness process, all side by side in
/// the fixture set-up; each test then checks one scenario's report: final instance state, output objects and
/// manifests, notifications, and what is left in the table.
/// </summary>
[NonParallelizable]
public class BatchExecutionTests
{
    // Object keys are user data: spaces, quotes, $(…), backticks, a semicolon, unicode.
    private const string HostileKey = "uploads/ré sumé $(touch pwned) `id` 'q' \"dq\"; ☃.csv";
    private const string Csv = "Id,Text\n1,Great coffee. Strong and smooth.\n";
    private const string NewerCsv = "Id,Text\n1,Too sweet.\n2,Burnt.\n";

    // The longest key whose result and manifest keys still fit S3's limit, and one byte more.
    private static readonly string LongestKey = KeyOfBytes(StorageLayout.MaxKeyBytes - (StorageLayout.ResultPrefix.Length + StorageLayout.ManifestSuffix.Length));
    private static readonly string TooLongKey = KeyOfBytes(StorageLayout.MaxKeyBytes - (StorageLayout.ResultPrefix.Length + StorageLayout.ManifestSuffix.Length) + 1);

    private static readonly BatchScenario[] Scenarios =
    [
        new BatchScenario("happy").Upload(HostileKey, Csv).Execute("happy-1"),

        new BatchScenario("two-uploads").Upload("a.csv", Csv).Upload("b.csv", Csv + "2,Too sweet.\n")
            .Execute("two-a", upload: 0).Execute("two-b", upload: 1, delay: 0.3),

        new BatchScenario("dup-together").Upload("same.csv", Csv).Execute("dup-t1").Execute("dup-t2"),

        new BatchScenario("dup-later").Upload("same.csv", Csv).Execute("dup-l1").Execute("dup-l2", after: "dup-l1"),

        // Table row 1: stopped from outside during the command, then a new upload.
        // The aborted job's command would run 30 s: the clean-up workflow cancels it; the next job's runs 3 s.
        new BatchScenario("abort-during-command") { Command = new JsonObject { ["seconds"] = new JsonArray(30, 3) } }
            .Upload("first.csv", Csv).Upload("second.csv", Csv)
            .Execute("adc-1", upload: 0, abortAt: "Wait for the summarizer").Execute("adc-2", upload: 1, after: "adc-1"),

        // The same, with no clean-up workflow at all: the next job's own pruning stops the worker.
        new BatchScenario("abort-no-cleanup-rule") { StatusChangeRule = false, Command = new JsonObject { ["seconds"] = 3 } }
            .Upload("first.csv", Csv).Upload("second.csv", Csv)
            .Execute("anr-1", upload: 0, abortAt: "Wait for the summarizer").Execute("anr-2", upload: 1, after: "anr-1"),

        // Table row 2: stopped during the command, then the same event again: taken over, summarized.
        new BatchScenario("abort-then-redelivery") { StatusChangeRule = false, Command = new JsonObject { ["seconds"] = 3 } }
            .Upload("again.csv", Csv)
            .Execute("atr-1", abortAt: "Wait for the summarizer").Execute("atr-2", after: "atr-1"),

        // Table row 3: stopped before the command started (the instance booting), then a new upload.
        new BatchScenario("abort-before-command") { Instance = new JsonObject { ["pendingSeconds"] = 2 } }
            .Upload("first.csv", Csv).Upload("second.csv", Csv)
            .Execute("abc-1", upload: 0, abortAt: "Wait until running").Execute("abc-2", upload: 1, after: "abc-1"),

        // Stopped before the start (listed on the worker, instance not started), nothing else: the clean-up tidies.
        new BatchScenario("abort-before-start")
            .Upload("early.csv", Csv).Execute("abs-1", abortAt: "Check for a stop in progress"),

        // Stopped while holding the stop claim, then a new upload.
        // (StopInstances fails a few times first, so the claim is held for seconds while it retries.)
        new BatchScenario("abort-holding-stop-claim") { Instance = new JsonObject { ["stopFailures"] = 4 } }
            .Upload("first.csv", Csv).Upload("second.csv", Csv)
            .Execute("ahs-1", upload: 0, abortAt: "Stop instance").Execute("ahs-2", upload: 1, after: "ahs-1"),

        // Table row 4: an upload while the worker takes long to stop: waited for, never a failure.
        new BatchScenario("worker-stopping")
        {
            Instance = new JsonObject { ["initial"] = "stopping", ["stoppingSeconds"] = 6 },
        }.Upload("late.csv", Csv).Execute("late-1"),

        // Table row 5: the same key uploaded again while its first run still goes; the older run finishes last.
        new BatchScenario("newest-wins")
        {
            MaxConcurrentJobs = 2,
            Command = new JsonObject { ["seconds"] = new JsonArray(30.0, 0.5) },
        }.Upload("report.csv", Csv)
            .Execute("nw-old", upload: 0)
            .UploadAgainThenExecute("nw-new", "report.csv", NewerCsv, ("nw-old", "Wait for the summarizer")),

        // Table row 6: the key overwritten after the event, before the worker reads it.
        new BatchScenario("overwritten-before-read")
            .Upload("data.csv", Csv)
            .Execute("obr-old", upload: 0)
            .UploadAgainThenExecute("obr-new", "data.csv", NewerCsv, ("obr-old", "Check for a stop in progress")),

        // Table row 7: a key whose result key would exceed 1,024 bytes; and the longest that fits.
        new BatchScenario("key-too-long").Upload(TooLongKey, Csv).Execute("long-1"),
        new BatchScenario("longest-key").Upload(LongestKey, Csv).Execute("longest-1"),

        new BatchScenario("control-character").Upload("bad\tname.csv", Csv).Execute("ctrl-1"),

        // The machine's own timeout expires (the command never finishes): the clean-up workflow runs.
        new BatchScenario("execution-timeout") { BatchTimeoutSeconds = 10, Command = new JsonObject { ["outcome"] = "Hang" } }
            .Upload("slow.csv", Csv).Execute("slow-1"),

        // StopInstances keeps failing for the job (1 + 7 retries): the scheduled reconciler stops the worker later.
        new BatchScenario("stop-fails")
        {
            StatusChangeRule = false,
            Instance = new JsonObject { ["stopFailures"] = 8 },
            Reconcile = [new JsonObject { ["after"] = "stop-1", ["delay"] = 1 }],
        }.Upload("stop.csv", Csv).Execute("stop-1"),

        // Each command runs 2 s: long enough that five jobs holding slots overlap on a loaded machine too (with 0.3 s,
        // a CI run saw only four at once: the slots were there, the commands just did not overlap), and the job queue
        // is paced by the 4 s slot wait anyway.
        new BatchScenario("fifty-uploads")
        {
            MaxConcurrentJobs = 5, Command = new JsonObject { ["seconds"] = 2 }, Timeout = 540,
            Waits = new JsonObject { ["Wait for a free slot"] = 4 },
        }
            .WithUploads(50),

        new BatchScenario("reconciler-hand-started")
        {
            Instance = new JsonObject { ["initial"] = "running" },
            Reconcile = [new JsonObject { ["delay"] = 0.5 }],
        },

        new BatchScenario("dead-job-listed")
        {
            Worker = new JsonObject { ["jobs"] = new JsonArray($"{WorkflowNames.BatchTag}:long-gone") },
        }.Upload("after.csv", Csv).Execute("dead-1"),

        new BatchScenario("dead-stop-claim")
        {
            Worker = new JsonObject { ["stopper"] = $"{WorkflowNames.BatchTag}:long-gone" },
        }.Upload("stale.csv", Csv).Execute("stale-1"),

        new BatchScenario("start-fails")
        {
            Edits = e => e.Fail("Start instance", "Ec2.Ec2Exception", "InsufficientInstanceCapacity: no capacity in this zone")
                .Budget("Is the instance running?", "$.budget.bootChecks.count", 3),
        }.Upload("start.csv", Csv).Execute("start-1"),

        new BatchScenario("command-fails")
        {
            Command = new JsonObject { ["outcome"] = "Failed", ["stderr"] = "line 3: unterminated quote" },
        }.Upload("cmd.csv", Csv).Execute("cmd-1"),

        new BatchScenario("command-hangs")
        {
            Command = new JsonObject { ["outcome"] = "Hang" },
            Edits = e => e.Budget("Did the summarizer finish?", "$.budget.commandPolls.count", 3),
        }.Upload("hang.csv", Csv).Execute("hang-1"),

        new BatchScenario("poll-times-out") { Edits = e => e.Hang("Get the command status") }.Upload("poll.csv", Csv).Execute("poll-1"),

        new BatchScenario("never-registers")
        {
            Instance = new JsonObject { ["registerSeconds"] = 100000 },
            Edits = e => e.Budget("Is the instance running?", "$.budget.bootChecks.count", 3),
        }.Upload("boot.csv", Csv).Execute("boot-1"),

        new BatchScenario("no-result") { Command = new JsonObject { ["writeStaging"] = false } }.Upload("lost.csv", Csv).Execute("lost-1"),

        new BatchScenario("foreign-event").Upload("x.csv", Csv).Execute("foreign-1", input: ForeignEvent()),
    ];

    private readonly ConcurrentDictionary<string, ScenarioReport> _reports = new();
    private readonly ConcurrentDictionary<string, Exception> _failures = new();

    [OneTimeSetUp]
    public void RunAllScenarios()
    {
        var scenarios = Scenarios.Select(s => (s.Name, Json: s.ToJson())).ToList();
        // moto parses a definition in pure Python (seconds each): parse every distinct one once, two processes at a time,
        // into the cache the scenarios' processes share.
        Parallel.For(0, 2, half => MotoBatchHarness.Run(new JsonObject
        {
            ["name"] = $"warm-{half}",
            ["parseCache"] = MotoBatchHarness.ParseCache,
            ["warm"] = new JsonArray(scenarios.Where((_, i) => i % 2 == half).Select(s => (JsonNode)s.Json.DeepClone()).ToArray()),
        }));
        // Each scenario is its own process with moto inside; they mostly wait (compressed Wait states). The longest first.
        var ordered = scenarios.OrderByDescending(s => s.Json["executions"]!.AsArray().Count).ToList();
        Parallel.ForEach(ordered, new ParallelOptions { MaxDegreeOfParallelism = 10 }, s =>
        {
            try { _reports[s.Name] = new ScenarioReport(MotoBatchHarness.Run(s.Json)); }
            catch (Exception ex) { _failures[s.Name] = ex; }
        });
    }

    private ScenarioReport Report(string scenario)
    {
        if (_failures.TryGetValue(scenario, out var ex))
            Assert.Fail($"Scenario '{scenario}' could not run: {ex.Message}");
        return _reports[scenario];
    }

    // ---- the happy path -----------------------------------------------------------------------------------------

    [Test]
    public void Happy_path_starts_the_instance_runs_the_command_publishes_and_stops()
    {
        var r = Report("happy");
        var e = r.Execution("happy-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped", "pending", "running", "stopping", "stopped" }), "started, then stopped");
        Assert.That(e.Entered.IndexOf("Stop instance"), Is.GreaterThan(e.Entered.IndexOf("Publish the result")));
        Assert.That(r.Cleanups, Is.Empty, "a succeeded execution starts no clean-up");
    }

    [Test]
    public void The_command_targets_that_instance_with_the_key_and_version_verbatim()
    {
        var r = Report("happy");
        var e = r.Execution("happy-1");
        var request = e.Tasks.Single(t => (string?)t["state"] == "Run the summarizer")["parameters"]!;
        var parameters = request["Parameters"]!.AsObject();
        var settings = new BatchScenario("happy").Settings;
        Assert.Multiple(() =>
        {
            Assert.That(request["InstanceIds"]!.AsArray().Select(i => (string)i!), Is.EqualTo(new[] { r.InstanceId }));
            Assert.That((string)request["DocumentName"]!, Is.EqualTo(settings.DocumentName));
            Assert.That((string)parameters["InputKey"]![0]!, Is.EqualTo(HostileKey), "the key arrives byte for byte, as data");
            Assert.That((string)parameters["InputVersion"]![0]!, Is.EqualTo((string)r.Upload(0)["version"]!), "exactly the version the event named");
            Assert.That((string)parameters["StagingKey"]![0]!, Is.EqualTo($"{StorageLayout.StagingPrefix}happy-1.csv"), "named after the execution");
            Assert.That((string)parameters["ProgramKey"]![0]!, Is.EqualTo(settings.ProgramKey));
            Assert.That((string)parameters[RunSummarizerDocument.Parameters.ProgramSha256]![0]!, Is.EqualTo(settings.ProgramSha256));
        });
        // SSM accepted it: the harness's SSM checks every value against the document's allowedPattern, as SSM does.
        var command = r.Commands.Single();
        Assert.That((string)command["status"]!, Is.EqualTo("Success"));
        Assert.That((string)command["parameters"]!["InputKey"]!, Is.EqualTo(HostileKey));
    }

    [Test]
    public void The_result_its_manifest_and_the_notification_name_the_version_summarized()
    {
        var r = Report("happy");
        var resultKey = StorageLayout.ResultPrefix + HostileKey + StorageLayout.ResultSuffix;
        var manifestKey = StorageLayout.ResultPrefix + HostileKey + StorageLayout.ManifestSuffix;
        Assert.That(r.OutputObjects.Select(o => o.Key), Is.EquivalentTo(new[] { resultKey, manifestKey }), "staging and the length probe are gone");
        var result = r.OutputObjects[resultKey]!;
        Assert.That((string)result["body"]!, Is.EqualTo("summarized:" + Csv));
        var metadata = result["metadata"]!;
        var version = (string)r.Upload(0)["version"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string)metadata["source-bucket"]!, Is.EqualTo("summarizer-input"));
            Assert.That((string)metadata["source-key-sha256"]!, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HostileKey)))));
            Assert.That((string)metadata["source-version"]!, Is.EqualTo(version));
            Assert.That((string)metadata["source-etag"]!, Is.EqualTo((string)r.Upload(0)["etag"]!));
            Assert.That((string)metadata["model-version"]!, Is.EqualTo("model-test-1"));
            Assert.That((string)metadata["workflow-execution"]!, Is.EqualTo("happy-1"));
        });
        var manifest = r.OutputJson(manifestKey)!;
        Assert.Multiple(() =>
        {
            Assert.That((string)manifest["status"]!, Is.EqualTo("succeeded"));
            Assert.That((string)manifest["inputKey"]!, Is.EqualTo(HostileKey));
            Assert.That((string)manifest["inputVersion"]!, Is.EqualTo(version));
            Assert.That((string)manifest["resultKey"]!, Is.EqualTo(resultKey));
            Assert.That((int)manifest["rows"]!, Is.EqualTo(1), "from the summarizer's closing line");
            Assert.That((int)manifest["errorRows"]!, Is.EqualTo(0));
            Assert.That((double)manifest["seconds"]!, Is.EqualTo(0.01));
            Assert.That((string)manifest["modelVersion"]!, Is.EqualTo("model-test-1"));
        });
        var note = r.NotificationsOf("succeeded").Single();
        Assert.That((string)note["resultKey"]!, Is.EqualTo(resultKey));
        Assert.That((int)note["rows"]!, Is.EqualTo(1));
        Assert.That(r.NotificationsOf("failed"), Is.Empty);
    }

    [Test]
    public void After_success_the_job_is_done_and_nothing_else_is_left_in_the_table()
    {
        var r = Report("happy");
        var record = r.JobRecords.Single();
        Assert.That((string)record["pk"]!, Is.EqualTo(JobTable.JobRecordKey("summarizer-input", HostileKey, (string)r.Upload(0)["version"]!)));
        Assert.That((string)record["status"]!, Is.EqualTo("done"));
        AssertWorkerFree(r);
        Assert.That(r.PublishClaims, Is.Empty);
    }

    // ---- sharing the worker, duplicates ----------------------------------------------------------------------------

    [Test]
    public void Two_uploads_run_one_at_a_time_and_no_stop_lands_under_a_running_command()
    {
        var r = Report("two-uploads");
        foreach (var name in new[] { "two-a", "two-b" })
            Assert.That(r.Execution(name).Status, Is.EqualTo("SUCCEEDED"), r.Execution(name).ToString());
        Assert.That(r.OutputObjects.Select(o => o.Key).Where(k => k.EndsWith(StorageLayout.ResultSuffix)),
            Is.EquivalentTo(new[] { "summaries/a.csv.summary.csv", "summaries/b.csv.summary.csv" }));
        Assert.That(r.Commands, Has.Count.EqualTo(2));
        Assert.That(r.MaxConcurrentCommands, Is.EqualTo(1), "maxConcurrentJobs = 1");
        AssertNoStopDuringCommands(r);
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
    }

    [Test]
    public void Two_deliveries_of_one_version_at_once_give_one_command_and_one_result()
    {
        var r = Report("dup-together");
        var both = new[] { r.Execution("dup-t1"), r.Execution("dup-t2") };
        Assert.That(both.Select(s => s.Status), Is.All.EqualTo("SUCCEEDED"), string.Join("\n", both.Select(e => e.ToString())));
        Assert.That(both.Count(s => s.Entered.Contains("Already running")), Is.EqualTo(1), "the second finds the first one live");
        Assert.That(r.Commands, Has.Count.EqualTo(1));
        Assert.That(r.NotificationsOf("succeeded"), Has.Count.EqualTo(1));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
    }

    [Test]
    public void A_later_redelivery_of_a_summarized_version_starts_nothing()
    {
        var r = Report("dup-later");
        var second = r.Execution("dup-l2");
        Assert.That(second.Status, Is.EqualTo("SUCCEEDED"));
        Assert.That(second.Entered, Does.Contain("Already summarized").And.Not.Contain("Join the worker's job list"));
        Assert.That(r.Commands, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_upload_while_the_worker_is_stopping_waits_for_the_stop_then_starts_it()
    {
        var r = Report("worker-stopping");
        var e = r.Execution("late-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopping", "stopped", "pending", "running", "stopping", "stopped" }));
        Assert.That(e.FirstScheduled("Start instance"), Is.GreaterThan(r.Timeline[1].Time), "started only once stopped");
        Assert.That(e.Tasks.Where(t => (string?)t["state"] == "Start instance").SelectMany(t => t["errors"]?.AsArray() ?? []), Is.Empty,
            "never called StartInstances on a stopping instance");
    }

    [Test]
    public void Fifty_uploads_all_get_summaries_with_at_most_max_concurrent_jobs_commands_at_once()
    {
        var r = Report("fifty-uploads");
        var executions = Enumerable.Range(0, 50).Select(i => r.Execution($"many-{i}")).ToList();
        Assert.That(executions.Where(e => e.Status != "SUCCEEDED").Select(e => e.ToString()), Is.Empty);
        Assert.That(r.OutputObjects.Count(o => o.Key.EndsWith(StorageLayout.ResultSuffix)), Is.EqualTo(50));
        Assert.That(r.OutputObjects.Count(o => o.Key.EndsWith(StorageLayout.ManifestSuffix)), Is.EqualTo(50));
        Assert.That(r.Commands, Has.Count.EqualTo(50));
        Assert.That(r.MaxConcurrentCommands, Is.EqualTo(5), "maxConcurrentJobs = 5, and the slots were used");
        Assert.That(r.NotificationsOf("succeeded"), Has.Count.EqualTo(50));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertNoStopDuringCommands(r);
        AssertWorkerFree(r);
        Assert.That(r.JobRecords.Select(j => (string)j["status"]!), Is.All.EqualTo("done"));
    }

    // ---- executions stopped from outside: never left running, never lost -----------------------------------------

    [TestCase("abort-during-command", "adc-1", "adc-2")]
    [TestCase("abort-before-command", "abc-1", "abc-2")]
    [TestCase("abort-holding-stop-claim", "ahs-1", "ahs-2")]
    public void After_an_execution_is_stopped_from_outside_a_new_upload_runs_and_the_worker_ends_stopped(string scenario, string aborted, string next)
    {
        var r = Report(scenario);
        Assert.That(r.Execution(aborted).Status, Is.EqualTo("ABORTED"));
        Assert.That(r.Execution(next).Status, Is.EqualTo("SUCCEEDED"), r.Execution(next).ToString());
        Assert.That(r.InstanceState, Is.EqualTo("stopped"), string.Join(" → ", r.InstanceStates));
        AssertWorkerFree(r);
        Assert.That(r.OutputKeys.Where(k => k.StartsWith(StorageLayout.StagingPrefix, StringComparison.Ordinal)), Is.Empty, "no orphaned staging object");
        var cleanup = r.Cleanups.Single(c => c.Name == $"cleanup-{aborted}");
        Assert.That(cleanup.Status, Is.EqualTo("SUCCEEDED"), cleanup.ToString());
        Assert.That((string)cleanup.Input["detail"]!["status"]!, Is.EqualTo("ABORTED"));
    }

    [Test]
    public void The_clean_up_workflow_cancels_the_command_of_an_execution_stopped_from_outside()
    {
        var r = Report("abort-during-command");
        var aborted = r.Commands.Single(c => ((string)c["parameters"]!["StagingKey"]!).EndsWith("adc-1.csv", StringComparison.Ordinal));
        Assert.That((string)aborted["status"]!, Is.EqualTo("Cancelled"), "not left to run beside the next job");
        var next = r.Commands.Single(c => ((string)c["parameters"]!["StagingKey"]!).EndsWith("adc-2.csv", StringComparison.Ordinal));
        Assert.That((double)next["started"]!, Is.GreaterThanOrEqualTo((double)aborted["ended"]!), "the next job's run began after the cancel");
        var record = r.JobRecords.Single(j => ((string)j["pk"]!).Contains("/first.csv#", StringComparison.Ordinal));
        Assert.That((string)record["command"]!, Is.EqualTo((string)aborted["commandId"]!), "the record named the command");
    }

    [TestCase("abort-during-command", "adc-1", "first.csv")]
    [TestCase("abort-before-command", "abc-1", "first.csv")]
    [TestCase("abort-before-start", "abs-1", "early.csv")]
    public void The_clean_up_workflow_records_and_notifies_the_stopped_job_and_releases_its_record(string scenario, string aborted, string key)
    {
        var r = Report(scenario);
        var record = r.JobRecords.Single(j => ((string)j["pk"]!).Contains($"/{key}#", StringComparison.Ordinal));
        Assert.That((string)record["status"]!, Is.EqualTo("failed"), "released: a redelivery or re-upload runs it again");
        var failure = r.OutputJson($"{StorageLayout.FailurePrefix}{aborted}.json")!;
        Assert.That((string)failure["status"]!, Is.EqualTo("failed"));
        Assert.That((string)failure["inputKey"]!, Is.EqualTo(key));
        Assert.That((string)failure["failure"]!["Cause"]!, Does.Contain("ABORTED"));
        var note = r.NotificationsOf("failed").Single(n => (string)n["execution"]! == aborted);
        Assert.That((string)note["failureKey"]!, Is.EqualTo($"{StorageLayout.FailurePrefix}{aborted}.json"));
    }

    [Test]
    public void Stopped_before_the_start_the_clean_up_leaves_the_worker_stopped_and_free()
    {
        var r = Report("abort-before-start");
        Assert.That(r.Execution("abs-1").Status, Is.EqualTo("ABORTED"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        Assert.That(r.Commands, Is.Empty);
        AssertWorkerFree(r);
    }

    [Test]
    public void Without_the_clean_up_workflow_the_next_job_prunes_the_dead_one_and_stops_the_worker()
    {
        var r = Report("abort-no-cleanup-rule");
        Assert.That(r.Cleanups, Is.Empty);
        Assert.That(r.Execution("anr-1").Status, Is.EqualTo("ABORTED"));
        var next = r.Execution("anr-2");
        Assert.That(next.Status, Is.EqualTo("SUCCEEDED"), next.ToString());
        // The dead execution held the only slot: the next job prunes it while waiting for a slot, then runs.
        Assert.That(next.Entered, Does.Contain("Prune dead slot holders"));
        Assert.That(next.Entered.IndexOf("Run the summarizer"), Is.GreaterThan(next.Entered.IndexOf("Prune dead slot holders")));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
    }

    [Test]
    public void A_redelivery_after_a_stopped_run_takes_the_job_over_and_publishes()
    {
        var r = Report("abort-then-redelivery");
        Assert.That(r.Execution("atr-1").Status, Is.EqualTo("ABORTED"));
        var again = r.Execution("atr-2");
        Assert.That(again.Status, Is.EqualTo("SUCCEEDED"), again.ToString());
        Assert.That(again.Entered, Does.Contain("Is the job's execution alive?").And.Contain("Take over the job"));
        Assert.That(r.OutputKeys, Does.Contain("summaries/again.csv.summary.csv"));
        Assert.That((string)r.JobRecords.Single()["status"]!, Is.EqualTo("done"));
        Assert.That((string)r.JobRecords.Single()["execution"]!, Is.EqualTo($"{WorkflowNames.BatchTag}:atr-2"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
    }

    [Test]
    public void When_the_execution_times_out_the_clean_up_stops_the_worker_and_records_the_failure()
    {
        var r = Report("execution-timeout");
        Assert.That(r.Execution("slow-1").Status, Is.EqualTo("TIMED_OUT"));
        var cleanup = r.Cleanups.Single();
        Assert.That(cleanup.Status, Is.EqualTo("SUCCEEDED"), cleanup.ToString());
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
        Assert.That((string)r.JobRecords.Single()["status"]!, Is.EqualTo("failed"));
        Assert.That((string)r.OutputJson($"{StorageLayout.FailurePrefix}slow-1.json")!["failure"]!["Cause"]!, Does.Contain("TIMED_OUT"));
        Assert.That(r.NotificationsOf("failed"), Has.Count.EqualTo(1));
    }

    [Test]
    public void When_stop_instances_keeps_failing_the_reconciler_stops_the_idle_worker_later()
    {
        var r = Report("stop-fails");
        var e = r.Execution("stop-1");
        Assert.That(e.Status, Is.EqualTo("FAILED"));
        Assert.That(e.Error, Is.EqualTo("CleanupFailed"), "the summary was published; the stop was not");
        Assert.That(r.OutputKeys, Does.Contain("summaries/stop.csv.summary.csv"));
        var reconcile = r.Cleanups.Single();
        Assert.That(reconcile.Trigger, Is.EqualTo("schedule"));
        Assert.That(reconcile.Status, Is.EqualTo("SUCCEEDED"), reconcile.ToString());
        Assert.That(r.InstanceStates.Last(), Is.EqualTo("stopped"));
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped", "pending", "running", "stopping", "stopped" }), "running until the reconciler");
        AssertWorkerFree(r);
    }

    [Test]
    public void The_reconciler_stops_a_worker_started_by_hand()
    {
        var r = Report("reconciler-hand-started");
        Assert.That(r.Cleanups.Single().Status, Is.EqualTo("SUCCEEDED"));
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "running", "stopping", "stopped" }));
        AssertWorkerFree(r);
        Assert.That(r.Notifications, Is.Empty);
    }

    [Test]
    public void A_dead_execution_left_in_the_job_list_is_pruned_and_the_worker_stops()
    {
        var r = Report("dead-job-listed");
        var e = r.Execution("dead-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(e.Entered, Does.Contain("Prune dead jobs"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
    }

    [Test]
    public void A_stop_claim_left_by_a_dead_execution_is_cleared_at_once()
    {
        var r = Report("dead-stop-claim");
        var e = r.Execution("stale-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(e.Entered, Does.Contain("Clear the dead stop claim").And.Not.Contain("Wait for the stop to finish"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
    }

    // ---- newest wins -------------------------------------------------------------------------------------------

    [TestCase("newest-wins", "nw-old", "nw-new")]
    [TestCase("overwritten-before-read", "obr-old", "obr-new")]
    public void Only_the_newest_version_is_published_and_the_older_job_fails_clearly(string scenario, string older, string newer)
    {
        var r = Report(scenario);
        var old = r.Execution(older);
        Assert.That(r.Execution(newer).Status, Is.EqualTo("SUCCEEDED"), r.Execution(newer).ToString());
        Assert.That(old.Status, Is.EqualTo("FAILED"), old.ToString());
        Assert.That(old.Cause, Does.Contain("Superseded").And.Contain("newer version"));
        var key = (string)r.Upload(0)["key"]!;
        var result = r.OutputObjects[StorageLayout.ResultPrefix + key + StorageLayout.ResultSuffix]!;
        var newest = (string)r.Upload(1)["version"]!;
        Assert.That((string)result["body"]!, Is.EqualTo("summarized:" + NewerCsv), "the newer content");
        Assert.That((string)result["metadata"]!["source-version"]!, Is.EqualTo(newest), "names the version summarized");
        Assert.That((string)r.OutputJson(StorageLayout.ResultPrefix + key + StorageLayout.ManifestSuffix)!["inputVersion"]!, Is.EqualTo(newest));
        // Each job read exactly the version its event named.
        Assert.That(r.Commands.Select(c => (string)c["parameters"]!["InputVersion"]!),
            Is.EquivalentTo(new[] { (string)r.Upload(0)["version"]!, newest }));
        Assert.That((string)r.OutputJson($"{StorageLayout.FailurePrefix}{older}.json")!["failure"]!.ToJsonString(), Does.Contain("Superseded"));
        Assert.That(r.NotificationsOf("failed").Select(n => (string)n["execution"]!), Is.EqualTo(new[] { older }));
        Assert.That(r.PublishClaims, Is.Empty);
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
    }

    [Test]
    public void In_the_newest_wins_race_the_older_run_really_finished_last()
    {
        var r = Report("newest-wins");
        Assert.That(r.Execution("nw-old").FirstScheduled("Claim the publish"), Is.GreaterThan(r.Execution("nw-new").FirstScheduled("Publish the result")));
        Assert.That(r.MaxConcurrentCommands, Is.EqualTo(2));
    }

    // ---- fail fast on what cannot finish ---------------------------------------------------------------------------

    [Test]
    public void A_key_whose_result_key_would_exceed_1024_bytes_fails_before_the_worker_starts()
    {
        var r = Report("key-too-long");
        var e = r.Execution("long-1");
        Assert.That(e.Status, Is.EqualTo("FAILED"));
        Assert.That(e.Error, Is.EqualTo("BatchJobFailed"));
        Assert.That(e.Cause, Does.Contain("KeyTooLong").And.Contain("1,024-byte"));
        Assert.That(e.Entered, Does.Not.Contain("Start instance").And.Not.Contain("Record the job (skip duplicates)"));
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped" }));
        Assert.That(r.Commands, Is.Empty);
        Assert.That(r.OutputJson($"{StorageLayout.FailurePrefix}long-1.json")!["failure"]!.ToJsonString(), Does.Contain("KeyTooLong"));
        Assert.That(r.NotificationsOf("failed"), Has.Count.EqualTo(1));
        Assert.That(r.OutputKeys.Where(k => k.StartsWith(StorageLayout.StagingPrefix, StringComparison.Ordinal)), Is.Empty);
        Assert.That(r.JobRecords, Is.Empty);
    }

    [Test]
    public void The_longest_key_that_fits_is_summarized_with_its_manifest()
    {
        var r = Report("longest-key");
        Assert.That(Encoding.UTF8.GetByteCount(StorageLayout.ResultPrefix + LongestKey + StorageLayout.ManifestSuffix), Is.EqualTo(StorageLayout.MaxKeyBytes));
        Assert.That(r.Execution("longest-1").Status, Is.EqualTo("SUCCEEDED"), r.Execution("longest-1").ToString());
        Assert.That(r.OutputKeys, Does.Contain(StorageLayout.ResultPrefix + LongestKey + StorageLayout.ManifestSuffix));
    }

    [Test]
    public void A_key_with_a_control_character_is_refused_before_the_worker_starts()
    {
        var r = Report("control-character");
        var e = r.Execution("ctrl-1");
        Assert.That(e.Status, Is.EqualTo("FAILED"));
        Assert.That(e.Cause, Does.Contain("KeyRefused").And.Contain("control character"));
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped" }));
        Assert.That(r.Commands, Is.Empty);
        Assert.That(r.NotificationsOf("failed"), Has.Count.EqualTo(1));
    }

    // ---- failures: one shared path, the worker stopped, a record users can find -----------------------------------

    [TestCase("start-fails", "start-1", "InstanceStartTimeout", "InsufficientInstanceCapacity")]
    [TestCase("command-fails", "cmd-1", "SummarizerFailed", "line 3: unterminated quote")]
    [TestCase("command-hangs", "hang-1", "SummarizerTimeout", "still InProgress")]
    [TestCase("poll-times-out", "poll-1", "getTheCommandStatus", "States.Timeout")]
    [TestCase("never-registers", "boot-1", "InstanceStartTimeout", "registered with SSM")]
    [TestCase("no-result", "lost-1", "publishTheResult", "S3.NoSuchKeyException")]
    public void A_failure_is_recorded_notified_and_cleaned_up(string scenario, string execution, string step, string detail)
    {
        var r = Report(scenario);
        var e = r.Execution(execution);
        Assert.That(e.Status, Is.EqualTo("FAILED"), e.ToString());
        Assert.That(e.Error, Is.EqualTo("BatchJobFailed"));
        Assert.That(e.Cause, Does.Contain(step).And.Contain(detail));
        Assert.That(e.Entered, Does.Contain("Record the failure").And.Contain("Leave the worker"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        AssertWorkerFree(r);
        Assert.That((string)r.JobRecords.Single()["status"]!, Is.EqualTo("failed"), "a re-upload or redelivery runs it again");
        Assert.That(r.OutputKeys.Where(k => !k.StartsWith(StorageLayout.FailurePrefix, StringComparison.Ordinal)), Is.Empty,
            "no result, no staging left");
        Assert.That(r.OutputJson($"{StorageLayout.FailurePrefix}{execution}.json")!["failure"]!.ToJsonString(), Does.Contain(detail));
        Assert.That(r.NotificationsOf("failed").Single()["failure"]!.ToJsonString(), Does.Contain(detail));
        // The execution's own failure path released its record: the clean-up workflow then finds nothing to do.
        Assert.That(r.Cleanups.Single().Status, Is.EqualTo("SUCCEEDED"));
        Assert.That(r.NotificationsOf("failed"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Failures_after_the_start_stop_the_instance_that_was_started()
    {
        foreach (var scenario in new[] { "command-fails", "command-hangs", "poll-times-out", "never-registers", "no-result" })
            Assert.That(Report(scenario).InstanceStates, Is.EqualTo(new[] { "stopped", "pending", "running", "stopping", "stopped" }), scenario);
    }

    [Test]
    public void A_step_timeout_is_retried_then_cleaned_up()
    {
        var e = Report("poll-times-out").Execution("poll-1");
        var attempts = e.Tasks.Where(t => (string?)t["state"] == "Get the command status").ToList();
        Assert.That(attempts, Has.Count.EqualTo(1 + 4), "first attempt plus 4 retries");
        Assert.That(attempts.SelectMany(t => t["errors"]!.AsArray()).Select(x => (string)x!), Is.All.EqualTo("States.Timeout"));
    }

    [Test]
    public void An_event_of_another_bucket_is_refused_before_anything_starts()
    {
        var r = Report("foreign-event");
        var e = r.Execution("foreign-1");
        Assert.That(e.Status, Is.EqualTo("FAILED"));
        Assert.That(e.Error, Is.EqualTo("UnexpectedEvent"));
        Assert.That(e.Entered, Is.EqualTo(new[] { "Check the upload", "Not an upload of the input bucket" }));
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped" }));
        Assert.That(r.JobRecords, Is.Empty, "nothing recorded");
        Assert.That(r.Commands, Is.Empty);
        AssertWorkerFree(r);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void AssertWorkerFree(ScenarioReport r)
    {
        var worker = r.WorkerItem;
        Assert.That(worker?["jobs"], Is.Null, "job list empty");
        Assert.That(worker?["slots"], Is.Null, "no slot held");
        Assert.That(worker?["stopper"], Is.Null, "stop claim released");
    }

    private static void AssertNoStopDuringCommands(ScenarioReport r)
    {
        foreach (var c in r.Commands.Where(c => c["started"] is not null && c["ended"] is not null))
        {
            double from = (double)c["started"]!, to = (double)c["ended"]!;
            var stops = r.Timeline.Where(t => t.Time > from && t.Time < to && t.State != "running");
            Assert.That(stops, Is.Empty, $"the instance left 'running' while command {c["commandId"]} ran");
        }
    }

    /// <summary>A CSV key of exactly <paramref name="bytes"/> UTF-8 bytes, with multi-byte characters in it.</summary>
    private static string KeyOfBytes(int bytes)
    {
        var head = "uploads/é☃/";
        var fill = bytes - Encoding.UTF8.GetByteCount(head) - StorageLayout.InputSuffix.Length;
        return head + new string('k', fill) + StorageLayout.InputSuffix;
    }

    private static JsonObject ForeignEvent() => new()
    {
        ["detail-type"] = "Object Created",
        ["source"] = "aws.s3",
        ["detail"] = new JsonObject
        {
            ["bucket"] = new JsonObject { ["name"] = "someone-elses-bucket" },
            ["object"] = new JsonObject { ["key"] = "x.csv", ["etag"] = "0123", ["version-id"] = "v1", ["size"] = 1 },
        },
    };
}

internal static class BatchScenarioExtensions
{
    /// <summary><paramref name="count"/> uploads and one execution each, all started together.</summary>
    public static BatchScenario WithUploads(this BatchScenario scenario, int count)
    {
        for (int i = 0; i < count; i++)
            scenario.Upload($"batch/many-{i:00}.csv", $"Id,Text\n{i},Review number {i}.\n").Execute($"many-{i}", upload: i);
        return scenario;
    }
}
