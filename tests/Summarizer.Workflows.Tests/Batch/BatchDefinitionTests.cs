using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>The batch state machine as rendered for deployment: valid ASL, every value in place, and the
/// structure the design promises (clean-up on every failure path, retries where AWS documents transient errors).</summary>
public class BatchDefinitionTests
{
    private static readonly BatchWorkflowSettings Settings = TestSettings.Batch();
    private static readonly string Definition = BatchWorkflow.StateMachine(Settings);
    private static readonly StateGraph Graph = new(Definition);

    private const string Describe = "Describe the job";
    private const string Join = "Join the worker's job list";
    private const string FailurePath = "Record the failure";
    private const string Leave = "Leave the worker";

    public static IEnumerable<string> EmbeddedDefinitions() =>
        typeof(DefinitionTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".asl.json", StringComparison.Ordinal))
            .Select(n => n["Summarizer.Workflows.Definitions.".Length..]);

    [TestCaseSource(nameof(EmbeddedDefinitions))]
    public void Every_definition_passes_asl_validator(string file)
    {
        // The contract's values are the ones every deployment gets (some are JSON numbers or strings in their own right);
        // the deploy-time placeholders get stand-in values (a number where one stands for a JSON number): the validator
        // checks structure, paths and ARNs of Resource fields.
        var (code, output) = AslValidator.Validate(RenderedWithStandIns(file));
        Assert.That(code, Is.EqualTo(0), $"asl-validator rejected {file}:\n{output}");
    }

    private static string RenderedWithStandIns(string file)
    {
        var text = DefinitionTemplates.Read(file);
        var values = DefinitionTemplates.PlaceholdersOf(file).ToDictionary(p => p,
            p => RealtimeDefinitions.ContractValues.TryGetValue(p, out var contractValue) ? contractValue
                : Regex.IsMatch(text, $@":\s*\$\{{{p}\}}") ? "0" : $"stand-in-{p}");
        return DefinitionTemplates.Render(file, values);
    }

    [Test]
    public void The_rendered_batch_definition_passes_asl_validator()
    {
        var (code, output) = AslValidator.Validate(Definition);
        Assert.That(code, Is.EqualTo(0), output);
    }

    [Test]
    public void Asl_validator_rejects_a_definition_with_a_dangling_transition()
    {
        // Proves the check above can fail: the same definition with one state removed.
        var broken = JsonNode.Parse(Definition)!.AsObject();
        broken["States"]!.AsObject().Remove("Wait until running");
        var (code, _) = AslValidator.Validate(broken.ToJsonString());
        Assert.That(code, Is.Not.EqualTo(0));
    }

    [Test]
    public void The_rendered_cleanup_definition_passes_asl_validator()
    {
        var (code, output) = AslValidator.Validate(CleanupWorkflow.StateMachine(TestSettings.Cleanup()));
        Assert.That(code, Is.EqualTo(0), output);
    }

    [Test]
    public void Rendering_fills_every_deploy_time_value_and_the_storage_layout()
    {
        Assert.That(Definition, Does.Not.Contain("${"));
        var start = Graph["Check instance state"]["Parameters"]!["InstanceIds"]!.AsArray().Single()!.ToString();
        Assert.That(start, Is.EqualTo(Settings.InstanceId));
        var send = Graph["Run the summarizer"]["Parameters"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string)send["DocumentName"]!, Is.EqualTo(Settings.DocumentName));
            Assert.That((string)send["Parameters"]!["OutputBucket"]![0]!, Is.EqualTo(Settings.OutputBucket));
            Assert.That((string)send["Parameters"]!["ArtifactsBucket"]![0]!, Is.EqualTo(Settings.ArtifactsBucket));
            Assert.That((string)send["Parameters"]!["ProgramKey"]![0]!, Is.EqualTo(Settings.ProgramKey));
            Assert.That((string)send["Parameters"]![RunSummarizerDocument.Parameters.ProgramSha256]![0]!, Is.EqualTo(Settings.ProgramSha256));
            Assert.That((string)Graph["Publish the result"]["Parameters"]!["Metadata"]!["model-version"]!, Is.EqualTo(Settings.ModelVersion));
            Assert.That((string)Graph["Record the job (skip duplicates)"]["Parameters"]!["TableName"]!, Is.EqualTo(Settings.JobTableName));
            Assert.That((string)Graph["Notify the failure"]["Parameters"]!["TopicArn"]!, Is.EqualTo(Settings.NotificationTopicArn));
            Assert.That((string)Graph["Take a summarizer slot"]["Parameters"]!["ExpressionAttributeValues"]![":max"]!["N"]!, Is.EqualTo("2"));
            Assert.That((string)Graph["Describe the job"]["Parameters"]!["job"]!["resultKey.$"]!,
                Is.EqualTo($"States.Format('{StorageLayout.ResultPrefix}{{}}{StorageLayout.ResultSuffix}', $.upload.key)"));
            Assert.That((string)Graph["Is the job's execution alive?"]["Parameters"]!["ExecutionArn.$"]!,
                Does.StartWith($"States.Format('{Settings.ExecutionArnPrefix}{{}}'"));
        });
    }

    [Test]
    public void Rendering_refuses_missing_values_and_a_zero_job_limit()
    {
        var values = new Dictionary<string, string>(BatchWorkflow.StateMachineValues(Settings));
        values.Remove("InstanceId");
        Assert.That(() => DefinitionTemplates.Render(BatchWorkflow.StateMachineFile, values),
            Throws.ArgumentException.With.Message.Contains("InstanceId"));
        Assert.That(() => BatchWorkflow.StateMachine(Settings with { MaxConcurrentJobs = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Every_path_from_joining_the_job_list_to_an_end_leaves_the_list_first()
    {
        // From any state after the job joined the list, no terminal state is reachable without passing the
        // "leave" step, which is followed by the stop of the instance when no live job is left.
        var work = Graph.ReachableAvoiding(Join, Leave);
        var ends = work.Where(s => Graph.TypeOf(s) is "Succeed" or "Fail").ToList();
        Assert.That(ends, Is.Empty, "terminal states reachable without leaving the job list");
        Assert.That(work, Has.Count.GreaterThan(30), "the work region should contain the whole job");
    }

    [Test]
    public void Every_task_of_the_job_names_itself_on_the_one_failure_path()
    {
        // One shared failure path: each task's catch-all records {Error, Cause} under $.failed.<its name>, and the
        // failure record, the notification and the execution's cause carry $.failed whole.
        var job = Graph.ReachableAvoiding(Describe, FailurePath, "Notify the result", Leave);
        var tasks = job.Where(s => Graph.TypeOf(s) == "Task" && s != "Start instance" && s != NoteTheCommand).ToList();
        Assert.That(tasks, Does.Contain("Run the summarizer").And.Contain("Publish the result").And.Contain("Record the job (skip duplicates)"));
        foreach (var task in tasks)
        {
            var catchAll = Graph.CatchAll(task);
            Assert.That(catchAll, Is.Not.Null, $"'{task}' does not catch every error");
            Assert.That((string)catchAll!["Next"]! is FailurePath or "Key too long", Is.True, $"'{task}' does not route every error to the failure path");
            if ((string)catchAll["Next"]! == FailurePath)
                Assert.That((string)catchAll["ResultPath"]!, Is.EqualTo("$.failed." + StateGraph.Camel(task)), task);
        }
        Assert.That(Graph.States.Select(s => s.Key).Where(s => s.EndsWith(" failed", StringComparison.Ordinal) && Graph.States.ContainsKey(s[..^" failed".Length])),
            Is.Empty, "no per-step failure states");
        Assert.That((string)Graph["Job failed"]["CausePath"]!, Does.Contain("$.failed"));
        Assert.That(Graph["Record the failure"]["Parameters"]!["Body"]!["failure.$"]!.ToString(), Is.EqualTo("$.failed"));
    }

    private const string NoteTheCommand = "Note the command on the job";

    [Test]
    public void Noting_the_command_for_the_clean_up_is_best_effort_and_never_fails_the_job()
    {
        Assert.That(Graph.Successors("Run the summarizer").First(), Is.EqualTo(NoteTheCommand), "right after SendCommand");
        var catchAll = Graph.CatchAll(NoteTheCommand)!;
        Assert.That((string)catchAll["Next"]!, Is.EqualTo((string)Graph[NoteTheCommand]["Next"]!), "an error goes on to the same next step");
        Assert.That((string)Graph[NoteTheCommand]["Next"]!, Is.EqualTo("Count the status polls"));
        Assert.That((string)Graph[NoteTheCommand]["Parameters"]!["ConditionExpression"]!, Is.EqualTo("execution = :me"), "only on this execution's own record");
    }

    [Test]
    public void Starting_the_instance_retries_through_the_bounded_boot_loop_whatever_the_error_is_named()
    {
        var catchAll = Graph.CatchAll("Start instance")!;
        Assert.That((string)catchAll["Next"]!, Is.EqualTo("Count the boot checks"));
        Assert.That(Graph.Successors("Count the boot checks"), Is.EqualTo(new[] { "Wait until running" }));
        var budget = Graph["Is the instance running?"]["Choices"]![0]!;
        Assert.That((string)budget["Variable"]!, Is.EqualTo("$.budget.bootChecks.count"));
        Assert.That((string)budget["Next"]!, Is.EqualTo("Instance did not start in time"));
        // A stopping instance is waited for, not started.
        var stopping = Graph["Is the instance running?"]["Choices"]!.AsArray()
            .Single(c => c!.ToJsonString().Contains("\"stopping\"", StringComparison.Ordinal))!;
        Assert.That((string)stopping["Next"]!, Is.EqualTo("Count the boot checks"));
    }

    [Test]
    public void Every_task_has_a_timeout_and_the_execution_has_one_above_the_job_budgets()
    {
        foreach (var graph in new[] { Graph, new StateGraph(CleanupWorkflow.StateMachine(TestSettings.Cleanup())) })
            foreach (var (name, node) in graph.AllStates())
                if ((string)node["Type"]! == "Task")
                    Assert.That((int?)node["TimeoutSeconds"], Is.Not.Null.And.GreaterThan(0), name);
        // Slot waits (240 × 15 s, then 570 × 120 s) + the command (3600 s) + boot and stop waits: the execution timeout is the backstop.
        Assert.That((int)JsonNode.Parse(Definition)!["TimeoutSeconds"]!, Is.GreaterThan(240 * 15 + 570 * 120 + 3600 + 900 + 900));
    }

    /// <summary>
    /// Step Functions keeps at most 25,000 events of an execution's history, a hard quota; an execution that reaches it
    /// fails at once, without taking its own failure path ("Avoid reaching the history quota",
    /// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-best-practices.html). The longest execution runs every
    /// bounded loop to its bound (read from the definition), with every slot of the most concurrent jobs held, and every
    /// other state once. Events a state adds each time it runs (the history event types of
    /// https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html): a Task 5 (entered,
    /// scheduled, started, succeeded or failed, exited), a Map 4 plus 2 per item and its inner states, any other 2.
    /// </summary>
    [Test]
    public void The_longest_execution_stays_under_the_history_quota()
    {
        int Events(string state, JsonObject? node = null)
        {
            node ??= Graph[state];
            return (string)node["Type"]! switch
            {
                "Task" => 5,
                "Map" => 4 + BatchWorkflow.MostConcurrentJobs * (2 + ((node["ItemProcessor"] ?? node["Iterator"])!["States"]!.AsObject()
                    .Sum(inner => Events(inner.Key, inner.Value!.AsObject())))),
                _ => 2,
            };
        }
        int Bound(string choice, string variable) => Graph[choice]["Choices"]!.AsArray()
            .SelectMany(rule => (IEnumerable<JsonNode?>?)rule!["And"]?.AsArray() ?? rule["Or"]?.AsArray() ?? (IEnumerable<JsonNode?>)[rule])
            .Where(rule => (string?)rule!["Variable"] == variable)
            .Select(rule => (int)(rule!["NumericGreaterThan"] ?? rule["NumericGreaterThanEquals"] ?? rule["NumericLessThan"])!).Max();

        int slotWaits = Bound("Is there time to wait for a slot?", "$.budget.slotWaits.count");
        int pruneEvery = Bound("Is there time to wait for a slot?", "$.budget.slotWaits.sincePrune");
        string[] slotWait = ["Take a summarizer slot", "Count the slot waits", "Is there time to wait for a slot?", "Wait for a free slot"];
        string[] prune = ["Is there time to wait for a slot?", "Read the slot holders", "Are there slot holders?", "Prune dead slot holders", "Slot holders checked"];
        var loops = new (int Runs, string[] States)[]
        {
            (slotWaits, slotWait),
            (slotWaits / pruneEvery, prune),
            (Bound("Did the summarizer finish?", "$.budget.commandPolls.count"),
                ["Wait for the summarizer", "Get the command status", "Did the summarizer finish?", "Count the status polls"]),
            (Bound("Is the instance running?", "$.budget.bootChecks.count"),
                ["Check instance state", "Is the instance running?", "Start instance", "Count the boot checks", "Wait until running", "Check SSM registration", "Is the SSM Agent online?"]),
            (Bound("Is another execution stopping the instance?", "$.budget.stopWaits.count"),
                ["Check for a stop in progress", "Is another execution stopping the instance?", "Is the stopper alive?", "Is the stop still going?", "Count the stop waits", "Wait for the stop to finish", "Clear the dead stop claim"]),
            (Bound("Is the publish still going?", "$.budget.publishWaits.count"),
                ["Claim the publish", "Read the publish claim", "Is the publish claim still there?", "Note the publisher", "Is the publisher alive?", "Is the publish still going?", "Count the publish waits", "Wait for the other publish", "Clear the dead publish claim"]),
        };
        var inLoops = loops.SelectMany(l => l.States).Append("Wait longer for a free slot").ToHashSet();
        int longest = loops.Sum(l => l.Runs * l.States.Sum(s => Events(s)))
            + Graph.States.Where(s => !inLoops.Contains(s.Key)).Sum(s => Events(s.Key));
        TestContext.Progress.WriteLine($"Longest batch execution: {longest:N0} history events (quota 25,000).");
        Assert.That(slotWaits, Is.GreaterThan(0));
        Assert.That(longest, Is.LessThan(25_000));
    }

    /// <summary>AWS never lets a catcher or retrier take States.Runtime (a path that does not resolve, e.g. in a
    /// ResultSelector) or States.DataLimitExceeded: the execution fails at once, without its own failure path
    /// (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html). A definition that names them
    /// relies on a behaviour only an emulator has.</summary>
    [TestCaseSource(nameof(EmbeddedDefinitions))]
    public void No_definition_relies_on_catching_errors_aws_never_lets_it_catch(string file)
    {
        var text = DefinitionTemplates.Read(file);
        Assert.That(text, Does.Not.Contain("\"States.Runtime\"").And.Not.Contain("\"States.DataLimitExceeded\""));
    }

    /// <summary>An error a service's API model does not name (S3's 503 SlowDown, SSM's and Step Functions' throttling)
    /// reaches Step Functions as the service's base exception, as EC2's do (<c>Ec2.Ec2Exception</c>, README): so every
    /// retrier of a transient S3, SSM or Step Functions error names that base exception too.</summary>
    [TestCaseSource(nameof(EmbeddedDefinitions))]
    public void Retriers_of_transient_errors_also_take_the_services_base_exception(string file)
    {
        var (s3, ssm, sfn) = (0, 0, 0);
        var retriers = new StateGraph(RenderedWithStandIns(file)).AllStates().SelectMany(s => s.State["Retry"]?.AsArray() ?? []);
        foreach (var retrier in retriers)
        {
            var errors = retrier!["ErrorEquals"]!.AsArray().Select(e => (string)e!).ToList();
            if (errors.Contains("S3.SlowDownException")) { s3++; Assert.That(errors, Does.Contain("S3.S3Exception"), string.Join(", ", errors)); }
            if (errors.Contains("Ssm.InternalServerErrorException")) { ssm++; Assert.That(errors, Does.Contain("Ssm.SsmException"), string.Join(", ", errors)); }
            if (errors.Contains("Sfn.InternalServerErrorException")) { sfn++; Assert.That(errors, Does.Contain("Sfn.SfnException"), string.Join(", ", errors)); }
        }
        if (file.StartsWith("batch", StringComparison.Ordinal)) Assert.That((s3, ssm, sfn), Is.EqualTo((8, 3, 5)), "the retriers this covers");
    }

    [Test]
    public void An_agent_not_registered_yet_is_one_more_boot_check_not_a_failure()
    {
        var catchers = Graph["Check SSM registration"]["Catch"]!.AsArray();
        Assert.That(catchers[0]!["ErrorEquals"]!.AsArray().Select(e => (string)e!), Is.EqualTo(new[] { "Ssm.InvalidInstanceIdException" }), "before the catch-all");
        Assert.That((string)catchers[0]!["Next"]!, Is.EqualTo("Count the boot checks"));
    }

    [TestCase("Check the input's current version", "S3.S3Exception")]
    [TestCase("Get the command status", "Ssm.SsmException")]
    [TestCase("Is the job's execution alive?", "Sfn.SfnException")]
    [TestCase("Stop instance", "States.ALL")]
    [TestCase("Run the summarizer", "Ssm.InvalidInstanceIdException")]
    [TestCase("Get the command status", "Ssm.InvocationDoesNotExistException")]
    [TestCase("Is the job's execution alive?", "Sfn.ThrottlingException")]
    [TestCase("Record the job (skip duplicates)", "DynamoDB.ThrottlingException")]
    public void Documented_transient_errors_are_retried_with_backoff(string state, string error)
    {
        var retrier = Graph.Retriers(state, error).SingleOrDefault();
        Assert.That(retrier, Is.Not.Null, $"'{state}' does not retry {error}");
        Assert.Multiple(() =>
        {
            Assert.That((int)retrier!["MaxAttempts"]!, Is.GreaterThanOrEqualTo(3));
            Assert.That((double)retrier["BackoffRate"]!, Is.GreaterThan(1.0));
        });
    }

    [Test]
    public void Error_names_follow_the_aws_sdk_naming_of_step_functions()
    {
        // https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html: ServiceName.ErrorName,
        // both PascalCase, with the Exception suffix; optimized DynamoDB integrations use DynamoDB.<error code>.
        var aws = new System.Text.RegularExpressions.Regex(@"^(Ec2|Ssm|S3|Sfn|SNS)\.[A-Z][A-Za-z0-9]*Exception$|^DynamoDB\.[A-Z][A-Za-z0-9]*$|^States\.(ALL|Timeout|Runtime)$");
        foreach (var definition in new[] { Definition, CleanupWorkflow.StateMachine(TestSettings.Cleanup()) })
            foreach (var (name, node) in new StateGraph(definition).AllStates())
                foreach (var matcher in (node["Retry"]?.AsArray() ?? []).Concat(node["Catch"]?.AsArray() ?? []))
                    foreach (var error in matcher!["ErrorEquals"]!.AsArray().Select(e => (string)e!))
                        Assert.That(aws.IsMatch(error), Is.True, $"{name}: {error}");
    }

    [Test]
    public void A_duplicate_ends_before_anything_is_started_and_only_after_asking_about_a_running_holder()
    {
        var beforeJoining = Graph.ReachableAvoiding("Record the job (skip duplicates)", Join, FailurePath);
        Assert.That(beforeJoining, Does.Contain("Already summarized").And.Contain("Already running"));
        Assert.That(beforeJoining.Where(s => Graph.TypeOf(s) == "Task").Select(s => (string)Graph[s]["Resource"]!),
            Has.None.Contains("ec2").And.None.Contains("ssm"));
        Assert.That(Graph.Predecessors("Already running"), Is.EqualTo(new[] { "Is it still running?" }));
        Assert.That(Graph.Predecessors("Is it still running?"), Is.EqualTo(new[] { "Is the job's execution alive?" }));
        Assert.That((string)Graph["Record the job (skip duplicates)"]["Parameters"]!["ConditionExpression"]!,
            Is.EqualTo($"attribute_not_exists({JobTable.PartitionKey}) OR #status = :failed"));
    }

    [Test]
    public void The_stop_is_claimed_only_after_dead_jobs_are_pruned_from_the_list()
    {
        var claimFailed = Graph.Catchers("Claim the stop (last job out)", "DynamoDB.ConditionalCheckFailedException").Single();
        Assert.That(claimFailed, Is.EqualTo("Is the worker still needed?"));
        Assert.That(Graph.Successors("Are other jobs listed?"), Does.Contain("Prune dead jobs"));
        Assert.That((string)Graph["Prune dead jobs"]["Next"]!, Is.EqualTo("Claim the stop (last job out)"));
        Assert.That((string)Graph["Prune dead slot holders"]["Next"]!, Is.EqualTo("Slot holders checked"));
        // The clean-up workflow claims the stop under the very same condition.
        var cleanup = new StateGraph(CleanupWorkflow.StateMachine(TestSettings.Cleanup()));
        Assert.That((string)cleanup["Claim the stop (nobody left)"]["Parameters"]!["ConditionExpression"]!,
            Is.EqualTo((string)Graph["Claim the stop (last job out)"]["Parameters"]!["ConditionExpression"]!));
    }

    [Test]
    public void The_key_checks_refuse_exactly_what_the_worker_and_s3_would_refuse_later()
    {
        // The length probe's key is exactly as long as the longest key derived from the input key.
        var longest = Math.Max(StorageLayout.ResultPrefix.Length + StorageLayout.ResultSuffix.Length,
            StorageLayout.ResultPrefix.Length + StorageLayout.ManifestSuffix.Length);
        Assert.That(StorageLayout.KeyLengthProbePrefix.Length, Is.EqualTo(longest));
        Assert.That(StorageLayout.KeyLengthProbePrefix, Does.StartWith(StorageLayout.StagingPrefix), "expired by the staging lifecycle rule if left");
        // The control characters refused are those the document's InputKey allowedPattern refuses (NUL cannot be in an S3 key).
        var refused = Graph["Can the worker take this key?"]["Choices"]![0]!["Or"]!.AsArray()
            .Select(r => ((string)r!["StringMatches"]!).Trim('*')).Select(s => (int)s.Single()).ToList();
        var pattern = (string)JsonNode.Parse(RunSummarizerDocument.Content())!["parameters"]!["InputKey"]!["allowedPattern"]!;
        var byPattern = Enumerable.Range(1, 127).Where(c => !System.Text.RegularExpressions.Regex.IsMatch($"a{(char)c}b", pattern)).ToList();
        Assert.That(refused, Is.EquivalentTo(byPattern));
    }

    [Test]
    public void The_command_gets_exactly_the_document_parameters()
    {
        var document = JsonNode.Parse(RunSummarizerDocument.Content())!;
        var declared = document["parameters"]!.AsObject().Select(p => p.Key).Order().ToList();
        var passed = Graph["Run the summarizer"]["Parameters"]!["Parameters"]!.AsObject()
            .Select(p => p.Key.EndsWith(".$") ? p.Key[..^2] : p.Key).Order().ToList();
        Assert.That(passed, Is.EqualTo(declared));
    }
}
