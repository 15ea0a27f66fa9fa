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

    private const string Join = "Join the worker's job list";
    private const string CleanupEntry = "Forget the job";
    private const string Leave = "Leave the worker's job list";

    public static IEnumerable<string> EmbeddedDefinitions() =>
        typeof(DefinitionTemplates).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".asl.json", StringComparison.Ordinal))
            .Select(n => n["Summarizer.Workflows.Definitions.".Length..]);

    [TestCaseSource(nameof(EmbeddedDefinitions))]
    public void Every_definition_passes_asl_validator(string file)
    {
        // Placeholders get stand-in values: the validator checks structure, paths and ARNs of Resource fields.
        var values = DefinitionTemplates.PlaceholdersOf(file).ToDictionary(p => p, p => $"stand-in-{p}");
        var (code, output) = AslValidator.Validate(DefinitionTemplates.Render(file, values));
        Assert.That(code, Is.EqualTo(0), $"asl-validator rejected {file}:\n{output}");
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
    public void Rendering_fills_every_deploy_time_value_and_the_storage_layout()
    {
        Assert.That(Definition, Does.Not.Contain("${"));
        var parsed = JsonNode.Parse(Definition)!;
        var start = Graph["Start instance"]["Parameters"]!["InstanceIds"]!.AsArray().Single()!.ToString();
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
            Assert.That((string)Graph["Record the job (skip duplicate deliveries)"]["Parameters"]!["TableName"]!, Is.EqualTo(Settings.JobTableName));
            Assert.That((string)Graph["Describe the job"]["Parameters"]!["job"]!["resultKey.$"]!,
                Is.EqualTo($"States.Format('{StorageLayout.ResultPrefix}{{}}{StorageLayout.ResultSuffix}', $.detail.object.key)"));
            Assert.That(parsed.ToJsonString(), Does.Contain(Settings.InputBucket));
        });
    }

    [Test]
    public void Rendering_refuses_missing_values()
    {
        var values = new Dictionary<string, string>(BatchWorkflow.StateMachineValues(Settings));
        values.Remove("InstanceId");
        Assert.That(() => DefinitionTemplates.Render(BatchWorkflow.StateMachineFile, values),
            Throws.ArgumentException.With.Message.Contains("InstanceId"));
    }

    [Test]
    public void Every_path_from_joining_the_job_list_to_an_end_leaves_the_list_first()
    {
        // From any state after the job joined the list, no terminal state is reachable without passing the
        // "leave" step, which is followed by the stop of the instance when this job was the last one.
        var work = Graph.ReachableAvoiding(Join, Leave);
        var ends = work.Where(s => Graph.TypeOf(s) is "Succeed" or "Fail").ToList();
        Assert.That(ends, Is.Empty, "terminal states reachable without leaving the job list");
        Assert.That(work, Has.Count.GreaterThan(15), "the work region should contain the whole job");
    }

    [Test]
    public void Every_task_of_the_job_catches_every_error_into_the_cleanup()
    {
        var work = Graph.ReachableAvoiding(Join, CleanupEntry, Leave);
        var tasks = work.Where(s => Graph.TypeOf(s) == "Task").ToList();
        Assert.That(tasks, Does.Contain("Run the summarizer").And.Contain("Publish the result").And.Contain("Start instance"));
        foreach (var task in tasks)
        {
            var handler = Graph.Catchers(task, "States.ALL").SingleOrDefault();
            Assert.That(handler, Is.Not.Null, $"'{task}' does not catch every error");
            Assert.That(Graph.Successors(handler!), Does.Contain(CleanupEntry), $"'{task}' does not route every error to the clean-up");
        }
    }

    [Test]
    public void Every_task_has_a_timeout_and_the_execution_has_one_above_the_job_budgets()
    {
        foreach (var (name, node) in Graph.States)
            if ((string)node!["Type"]! == "Task")
                Assert.That((int?)node["TimeoutSeconds"], Is.Not.Null.And.GreaterThan(0), name);
        // The command may run 3600 s; the execution's own timeout is the backstop beyond every in-workflow budget.
        Assert.That((int)JsonNode.Parse(Definition)!["TimeoutSeconds"]!, Is.GreaterThan(3600 + 600 + 600));
    }

    [Test]
    public void Every_failure_records_the_step_that_failed()
    {
        // Each task's catch-all goes to "<task> failed", which records the task's name and joins the clean-up;
        // the Fail state puts that name in the cause.
        var work = Graph.ReachableAvoiding(Join, CleanupEntry, Leave);
        foreach (var task in work.Where(s => Graph.TypeOf(s) == "Task"))
        {
            var handler = Graph.Catchers(task, "States.ALL").Single();
            Assert.That(handler, Is.EqualTo($"{task} failed"));
            Assert.That((string)Graph[handler]["Result"]!, Is.EqualTo(task));
            Assert.That((string)Graph[handler]["ResultPath"]!, Is.EqualTo("$.failure.step"));
            Assert.That((string)Graph[handler]["Next"]!, Is.EqualTo(CleanupEntry));
        }
        Assert.That((string)Graph["Job failed"]["CausePath"]!, Does.Contain("$.failure.step"));
    }

    [TestCase("Start instance", "Ec2.Ec2Exception")]
    [TestCase("Stop instance", "Ec2.Ec2Exception")]
    [TestCase("Run the summarizer", "Ssm.InvalidInstanceIdException")]
    [TestCase("Get the command status", "Ssm.InvocationDoesNotExistException")]
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
    public void A_duplicate_delivery_ends_before_anything_is_started()
    {
        var next = Graph.Catchers("Record the job (skip duplicate deliveries)", "DynamoDB.ConditionalCheckFailedException").Single();
        Assert.That(Graph.TypeOf(next), Is.EqualTo("Succeed"));
        Assert.That((string)Graph["Record the job (skip duplicate deliveries)"]["Parameters"]!["ConditionExpression"]!,
            Is.EqualTo($"attribute_not_exists({JobTable.PartitionKey})"));
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
