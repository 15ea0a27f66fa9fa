using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Testing;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// The batch workflow EXECUTED by moto's Step Functions engine against moto's EC2, SSM, S3 and DynamoDB. All
/// scenarios run side by side on one moto server in the fixture set-up (each in its own world and regions, see
/// harness/moto_batch.py for the moto limits worked around); each test then checks one scenario's report.
/// </summary>
[NonParallelizable]
public class BatchExecutionTests
{
    // Object keys are user data: spaces, quotes, $(…), backticks, a semicolon, unicode.
    private const string HostileKey = "uploads/ré sumé $(touch pwned) `id` 'q' \"dq\"; ☃.csv";
    private const string Csv = "Id,Text\n1,Great coffee. Strong and smooth.\n";

    private static readonly string[] Regions =
    [
        "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "ca-west-1", "eu-west-1", "eu-west-2", "eu-west-3",
        "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "ap-south-1", "ap-south-2",
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
        "ap-southeast-4", "ap-east-1", "sa-east-1", "me-south-1", "me-central-1", "af-south-1", "il-central-1",
        "mx-central-1",
    ];

    private static readonly BatchScenario[] Scenarios =
    [
        new BatchScenario("happy").Upload(HostileKey, Csv).Execute("happy-1"),

        new BatchScenario("two-uploads").Upload("a.csv", Csv).Upload("b.csv", Csv + "2,Too sweet.\n")
            .Execute("two-a", upload: 0).Execute("two-b", upload: 1, delay: 0.3),

        new BatchScenario("dup-together").Upload("same.csv", Csv).Execute("dup-t1").Execute("dup-t2"),

        new BatchScenario("dup-later").Upload("same.csv", Csv).Execute("dup-l1").Execute("dup-l2", after: 0),

        new BatchScenario("shared")
        {
            // Another execution is mid-job on the running instance: this job must not stop it.
            InstanceRunning = true,
            Worker = new JsonObject { ["jobs"] = new JsonArray("arn:other-running-job") },
        }.Upload("shared.csv", Csv).Execute("shared-1"),

        new BatchScenario("stop-in-progress")
        {
            // Another execution claimed the stop and is stopping the instance: wait, then start it again.
            InstanceRunning = true,
            Worker = new JsonObject { ["stopper"] = "arn:other-stopping-job" },
            ReleaseStopperAfter = 4,
        }.Upload("late.csv", Csv).Execute("late-1"),

        new BatchScenario("stale-stop-claim")
        {
            // The claimant died without releasing its claim: after the wait budget the claim is cleared.
            Worker = new JsonObject { ["stopper"] = "arn:dead-job" },
            Edits = e => e.Budget("Is another job stopping the instance?", "$.budget.stopWaits.count", 2),
        }.Upload("stale.csv", Csv).Execute("stale-1"),

        new BatchScenario("start-fails")
        {
            Edits = e => e.Fail("Start instance", "Ec2.Ec2Exception", "InsufficientInstanceCapacity: no capacity in this zone"),
        }.Upload("start.csv", Csv).Execute("start-1"),

        new BatchScenario("send-fails")
        {
            Edits = e => e.Fail("Run the summarizer", "Ssm.InvalidInstanceIdException", "Instances not in a valid state for account"),
        }.Upload("send.csv", Csv).Execute("send-1"),

        new BatchScenario("command-fails")
        {
            Edits = e => e.Answer("Get the command status", new JsonObject
            {
                ["status"] = "Failed", ["details"] = "Failed", ["stderr"] = "line 3: unterminated quote",
            }),
        }.Upload("cmd.csv", Csv).Execute("cmd-1"),

        new BatchScenario("command-hangs")
        {
            Edits = e => e.Answer("Get the command status", new JsonObject { ["status"] = "InProgress", ["details"] = "InProgress", ["stderr"] = "" })
                .Budget("Did the summarizer finish?", "$.budget.commandPolls.count", 3),
        }.Upload("hang.csv", Csv).Execute("hang-1"),

        new BatchScenario("poll-times-out")
        {
            Edits = e => e.Hang("Get the command status"),
        }.Upload("poll.csv", Csv).Execute("poll-1"),

        new BatchScenario("never-registers")
        {
            SsmOnline = false,
            Edits = e => e.Budget("Is the instance running?", "$.budget.bootChecks.count", 3),
        }.Upload("boot.csv", Csv).Execute("boot-1"),

        new BatchScenario("no-result")
        {
            // The instance "ran" but wrote nothing: the copy from staging fails for real in moto's S3.
            EmulateInstance = false,
        }.Upload("lost.csv", Csv).Execute("lost-1"),

        new BatchScenario("foreign-event").Upload("x.csv", Csv).Execute("foreign-1", input: ForeignEvent()),
    ];

    // moto serves every call of its Step Functions engine from one Python process: three servers share the
    // scenarios so the two cores are used (scenario runs are mostly Wait states, so all run at once).
    private const int Servers = 3;
    private readonly List<MotoServer> _moto = [];
    private readonly ConcurrentDictionary<string, ScenarioReport> _reports = new();
    private readonly ConcurrentDictionary<string, Exception> _failures = new();

    [OneTimeSetUp]
    public void RunAllScenarios()
    {
        _moto.AddRange(Enumerable.Range(0, Servers).AsParallel().Select(_ => MotoServer.Start()));
        int region = 0;
        string NextRegion() => Regions[Interlocked.Increment(ref region) - 1];
        var prepared = Scenarios.Select((s, i) => (s.Name, Json: s.ToJson(_moto[i % Servers].Endpoint, NextRegion))).ToList();
        Parallel.ForEach(prepared, new ParallelOptions { MaxDegreeOfParallelism = Scenarios.Length }, s =>
        {
            try { _reports[s.Name] = new ScenarioReport(MotoBatchHarness.Run(s.Json)); }
            catch (Exception ex) { _failures[s.Name] = ex; }
        });
    }

    [OneTimeTearDown]
    public void StopMoto() => _moto.ForEach(m => m.Dispose());

    private ScenarioReport Report(string scenario)
    {
        if (_failures.TryGetValue(scenario, out var ex))
            Assert.Fail($"Scenario '{scenario}' could not run: {ex.Message}");
        return _reports[scenario];
    }

    // ---- happy path -------------------------------------------------------------------------------------------

    [Test]
    public void Happy_path_starts_the_instance_runs_the_command_publishes_and_stops()
    {
        var r = Report("happy");
        var e = r.Execution("happy-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "stopped", "running", "stopped" }), "instance started, then stopped");
        Assert.That(e.Entered, Is.SupersetOf(new[] { "Start instance", "Run the summarizer", "Publish the result", "Delete the staging object", "Stop instance" }));
        Assert.That(e.Entered.IndexOf("Stop instance"), Is.GreaterThan(e.Entered.IndexOf("Publish the result")));
    }

    [Test]
    public void The_command_targets_that_instance_with_the_key_verbatim_as_a_parameter()
    {
        var r = Report("happy");
        var e = r.Execution("happy-1");
        // What the workflow asked SSM for (moto's own record of the targets is wrong, see the harness).
        var request = e.Tasks.Single(t => (string?)t["state"] == "Run the summarizer")["parameters"]!;
        var parameters = request["Parameters"]!.AsObject();
        var settings = new BatchScenario("happy").Settings;
        Assert.Multiple(() =>
        {
            Assert.That(request["InstanceIds"]!.AsArray().Select(i => (string)i!), Is.EqualTo(new[] { r.InstanceId }));
            Assert.That((string)request["DocumentName"]!, Is.EqualTo(settings.DocumentName));
            Assert.That((string)parameters["InputKey"]![0]!, Is.EqualTo(HostileKey), "the key arrives byte for byte, as data");
            Assert.That((string)parameters["InputBucket"]![0]!, Is.EqualTo(settings.InputBucket));
            Assert.That((string)parameters["OutputBucket"]![0]!, Is.EqualTo(settings.OutputBucket));
            Assert.That((string)parameters["ArtifactsBucket"]![0]!, Is.EqualTo(settings.ArtifactsBucket));
            Assert.That((string)parameters["ProgramKey"]![0]!, Is.EqualTo(settings.ProgramKey));
            Assert.That((string)parameters[RunSummarizerDocument.Parameters.ProgramSha256]![0]!, Is.EqualTo(settings.ProgramSha256));
            Assert.That((string)parameters["StagingKey"]![0]!, Does.Match($"^{StorageLayout.StagingPrefix}[0-9a-f-]{{36}}\\.csv$"));
        });
        // SSM received exactly that command, and every value satisfies the document's allowedPattern, as SSM checks.
        var command = r.Commands.Single()!.AsObject();
        Assert.That(JsonNode.DeepEquals(command["parameters"], parameters), Is.True, command.ToJsonString());
        var declared = JsonNode.Parse(RunSummarizerDocument.Content())!["parameters"]!.AsObject();
        foreach (var (name, value) in parameters)
            Assert.That((string)value![0]!, Does.Match((string)declared[name]!["allowedPattern"]!), name);
        // Start and stop address that instance only.
        foreach (var state in new[] { "Start instance", "Stop instance" })
            Assert.That(e.Tasks.Single(t => (string?)t["state"] == state)["parameters"]!["InstanceIds"]!.AsArray().Select(i => (string)i!),
                Is.EqualTo(new[] { r.InstanceId }), state);
    }

    [Test]
    public void The_result_is_at_the_final_key_with_metadata_and_staging_is_gone()
    {
        var r = Report("happy");
        var resultKey = StorageLayout.ResultPrefix + HostileKey + StorageLayout.ResultSuffix;
        Assert.That(r.OutputObjects.Select(o => o.Key), Is.EqualTo(new[] { resultKey }), "only the final object remains");
        var result = r.OutputObjects[resultKey]!;
        Assert.That((string)result["body"]!, Is.EqualTo("summarized:" + Csv), "the result is what the command wrote");
        var metadata = result["metadata"]!;
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HostileKey)));
        Assert.Multiple(() =>
        {
            Assert.That((string)metadata["source-bucket"]!, Is.EqualTo("in-happy"));
            Assert.That((string)metadata["source-key-sha256"]!, Is.EqualTo(keyHash));
            Assert.That((string)metadata["source-etag"]!, Is.EqualTo((string)r.Upload(0)["etag"]!));
            Assert.That((string)metadata["model-version"]!, Is.EqualTo("model-test-1"));
            Assert.That((string)metadata["workflow-execution"]!, Is.EqualTo("happy-1"));
        });
    }

    [Test]
    public void After_success_the_job_is_recorded_done_and_the_worker_is_free()
    {
        var r = Report("happy");
        var record = r.JobRecords.Single();
        Assert.That((string)record["pk"]!, Is.EqualTo(JobTable.JobRecordKey("in-happy", HostileKey, (string)r.Upload(0)["etag"]!)));
        Assert.That((string)record["status"]!, Is.EqualTo("done"));
        Assert.That(r.WorkerItem!["jobs"], Is.Null, "job list empty");
        Assert.That(r.WorkerItem!["stopper"], Is.Null, "stop claim released");
    }

    // ---- concurrency and duplicates ----------------------------------------------------------------------------

    [Test]
    public void Two_uploads_close_together_both_finish_and_no_stop_lands_under_a_running_command()
    {
        var r = Report("two-uploads");
        var a = r.Execution("two-a");
        var b = r.Execution("two-b");
        Assert.That(a.Status, Is.EqualTo("SUCCEEDED"), a.ToString());
        Assert.That(b.Status, Is.EqualTo("SUCCEEDED"), b.ToString());
        Assert.That(r.OutputObjects.Select(o => o.Key), Is.EquivalentTo(new[] { "summaries/a.csv.summary.csv", "summaries/b.csv.summary.csv" }));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"), "stopped after the last job");
        foreach (var e in new[] { a, b })
        {
            // From SendCommand until the result is published, the instance never stopped.
            double from = e.FirstScheduled("Run the summarizer"), to = e.FirstScheduled("Publish the result");
            var stops = r.Timeline.Where(t => t.Time > from && t.Time < to && t.State != "running");
            Assert.That(stops, Is.Empty, $"{e.Arn}: the instance left 'running' while its command ran");
        }
        Assert.That(r.Commands.Count, Is.EqualTo(2));
    }

    [Test]
    public void Two_deliveries_of_one_object_at_once_give_one_command_and_one_result()
    {
        var r = Report("dup-together");
        var statuses = new[] { r.Execution("dup-t1"), r.Execution("dup-t2") };
        Assert.That(statuses.Select(s => s.Status), Is.All.EqualTo("SUCCEEDED"));
        Assert.That(statuses.Count(s => s.Entered.Contains("Already summarized or running")), Is.EqualTo(1));
        Assert.That(r.Commands.Count, Is.EqualTo(1));
        Assert.That(r.OutputObjects.Select(o => o.Key), Is.EqualTo(new[] { "summaries/same.csv.summary.csv" }));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
    }

    [Test]
    public void A_later_redelivery_of_a_summarized_object_starts_nothing()
    {
        var r = Report("dup-later");
        var second = r.Execution("dup-l2");
        Assert.That(r.Execution("dup-l1").Status, Is.EqualTo("SUCCEEDED"));
        Assert.That(second.Status, Is.EqualTo("SUCCEEDED"));
        Assert.That(second.Entered, Does.Contain("Already summarized or running").And.Not.Contain("Start instance"));
        Assert.That(r.Commands.Count, Is.EqualTo(1));
    }

    [Test]
    public void A_job_leaving_while_another_still_runs_does_not_stop_the_instance()
    {
        var r = Report("shared");
        var e = r.Execution("shared-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(e.Entered, Does.Contain("Claim the stop (last job out)").And.Not.Contain("Stop instance"));
        Assert.That(r.InstanceState, Is.EqualTo("running"), "the other job still uses it");
        Assert.That(r.InstanceStates, Does.Not.Contain("stopped").And.Not.Contain("stopping"));
        Assert.That(r.WorkerItem!["jobs"]!.AsArray().Select(j => (string)j!), Is.EqualTo(new[] { "arn:other-running-job" }));
    }

    [Test]
    public void A_job_arriving_during_another_jobs_stop_waits_then_starts_the_instance_again()
    {
        var r = Report("stop-in-progress");
        var e = r.Execution("late-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(e.Entered, Does.Contain("Wait for the stop to finish"));
        // running (other job's) → stopped (its stop) → running (this job) → stopped (this job, last out)
        Assert.That(r.InstanceStates, Is.EqualTo(new[] { "running", "stopped", "running", "stopped" }));
        Assert.That(e.FirstScheduled("Start instance"), Is.GreaterThan(r.Timeline[1].Time), "started only after the other stop");
    }

    [Test]
    public void A_stop_claim_left_by_a_dead_execution_is_cleared_after_the_wait_budget()
    {
        var r = Report("stale-stop-claim");
        var e = r.Execution("stale-1");
        Assert.That(e.Status, Is.EqualTo("SUCCEEDED"), e.ToString());
        Assert.That(e.Entered, Does.Contain("Clear the stale stop claim"));
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        Assert.That(r.WorkerItem!["stopper"], Is.Null);
    }

    // ---- failures: every one ends with the instance stopped and a cause naming the step ------------------------

    [TestCase("start-fails", "start-1", "Start instance failed (Ec2.Ec2Exception): InsufficientInstanceCapacity")]
    [TestCase("send-fails", "send-1", "Run the summarizer failed (Ssm.InvalidInstanceIdException): Instances not in a valid state")]
    [TestCase("command-fails", "cmd-1", "Run the summarizer failed (SummarizerFailed): SSM command status Failed (Failed): line 3: unterminated quote")]
    [TestCase("command-hangs", "hang-1", "Wait for the summarizer failed (SummarizerTimeout): The command was still InProgress")]
    [TestCase("poll-times-out", "poll-1", "Get the command status failed (States.Timeout):")]
    [TestCase("never-registers", "boot-1", "Wait until running failed (InstanceStartTimeout):")]
    [TestCase("no-result", "lost-1", "Publish the result failed (")]
    public void A_failure_fails_the_execution_naming_the_step_and_stops_the_instance(string scenario, string execution, string causeStart)
    {
        var r = Report(scenario);
        var e = r.Execution(execution);
        Assert.That(e.Status, Is.EqualTo("FAILED"), e.ToString());
        Assert.That(e.Error, Is.EqualTo("BatchJobFailed"));
        Assert.That(e.Cause, Does.StartWith(causeStart));
        Assert.That(e.Entered, Does.Contain("Stop instance"), "the clean-up stopped the instance");
        Assert.That(r.InstanceState, Is.EqualTo("stopped"));
        Assert.That(r.JobRecords, Is.Empty, "the job record is deleted so a re-upload can run again");
        Assert.That(r.WorkerItem!["jobs"], Is.Null);
        Assert.That(r.WorkerItem!["stopper"], Is.Null);
        Assert.That(r.OutputObjects.Where(o => o.Key.StartsWith(StorageLayout.ResultPrefix, StringComparison.Ordinal)), Is.Empty, "no result published");
    }

    [TestCase("start-fails", "start-1", 8)]
    [TestCase("send-fails", "send-1", 6)]
    public void Transient_errors_are_retried_before_the_failure(string scenario, string execution, int maxAttempts)
    {
        // Each attempt of the stand-in runs its branch's Fail state once.
        var e = Report(scenario).Execution(execution);
        Assert.That(e.Entered.Count(s => s == "Injected failure"), Is.EqualTo(1 + maxAttempts), "first attempt plus every retry");
    }

    [Test]
    public void A_step_timeout_is_retried_then_cleaned_up()
    {
        var e = Report("poll-times-out").Execution("poll-1");
        Assert.That(e.Tasks.Count(t => (string?)t["state"] == "Get the command status"), Is.EqualTo(1 + 4), "first attempt plus 4 retries");
        Assert.That(e.Tasks.Where(t => (string?)t["state"] == "Get the command status").SelectMany(t => t["errors"]!.AsArray()).Select(x => (string)x!),
            Is.All.EqualTo("States.Timeout"));
    }

    [Test]
    public void Failures_after_the_start_stop_an_instance_that_was_running()
    {
        foreach (var scenario in new[] { "send-fails", "command-fails", "command-hangs", "poll-times-out", "never-registers", "no-result" })
            Assert.That(Report(scenario).InstanceStates, Is.EqualTo(new[] { "stopped", "running", "stopped" }), scenario);
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
        Assert.That(r.TableItems, Is.Empty);
    }

    private static JsonObject ForeignEvent() => new()
    {
        ["detail-type"] = "Object Created",
        ["source"] = "aws.s3",
        ["detail"] = new JsonObject
        {
            ["bucket"] = new JsonObject { ["name"] = "someone-elses-bucket" },
            ["object"] = new JsonObject { ["key"] = "x.csv", ["etag"] = "0123", ["size"] = 1 },
        },
    };
}
