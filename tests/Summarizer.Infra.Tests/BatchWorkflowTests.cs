using System.Text.Json;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.DynamoDB;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Iam;
using Pulumi.Aws.S3;
using Pulumi.Aws.Sfn;
using Pulumi.Aws.Ssm;
using Summarizer.Engine;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;

namespace Summarizer.Infra.Tests;

public class BatchWorkflowTests
{
    private StackRun _stack = null!;
    private Registered<StateMachine> _batch = null!;
    private StateMachine _machine = null!;
    private ResourceInputs _args = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _batch = _stack.Named<StateMachine>("batch");
        (_machine, _args) = (_batch.Resource, _batch.Inputs);
    }

    private string BucketName(string name) => Values.Of(_stack.Named<Bucket>(name).Resource.BucketName);

    [Test]
    public void The_deployed_definition_is_the_workflow_file_rendered_with_this_stacks_resources()
    {
        var expected = BatchWorkflow.StateMachine(_stack.BatchSettings());
        Assert.That(_args.String("definition"), Is.EqualTo(expected));
        Assert.That(_args.String("type"), Is.EqualTo("STANDARD"));
        Assert.That(_args.String("name"), Is.EqualTo(new WorkflowNames("summarizer-dev-").BatchStateMachine),
            "named, so the clean-up workflow can address its executions");
    }

    [Test]
    public void The_definition_names_the_instance_and_the_program_version_of_this_deployment()
    {
        var definition = _args.String("definition");
        Assert.That(definition, Does.Contain(Values.Of(_stack.Named<Instance>("worker").Resource.Id)));
        Assert.That(definition, Does.Contain(_stack.ProgramKey));
        Assert.That(definition, Does.Contain(Values.Of(_stack.Named<Document>("batch-run-summarizer").Resource.Name)));
    }

    [Test]
    public void The_ssm_command_targets_the_worker_with_this_stacks_document_buckets_and_program()
    {
        var definition = System.Text.Json.Nodes.JsonNode.Parse(_args.String("definition"))!;
        var tasks = TaskStates(definition["States"]!.AsObject()).ToList();
        var instanceId = Values.Of(_stack.Named<Instance>("worker").Resource.Id);

        var send = tasks.Single(t => (string?)t["Resource"] == "arn:aws:states:::aws-sdk:ssm:sendCommand")["Parameters"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)send["DocumentName"], Is.EqualTo(Values.Of(_stack.Named<Document>("batch-run-summarizer").Resource.Name)));
            Assert.That(send["InstanceIds"]!.AsArray().Select(i => (string?)i), Is.EqualTo(new[] { instanceId }));
            var parameters = send["Parameters"]!;
            Assert.That((string?)parameters[RunSummarizerDocument.Parameters.OutputBucket]![0], Is.EqualTo(BucketName("storage-output")));
            Assert.That((string?)parameters[RunSummarizerDocument.Parameters.ArtifactsBucket]![0], Is.EqualTo(BucketName("storage-artifacts")));
            Assert.That((string?)parameters[RunSummarizerDocument.Parameters.ProgramKey]![0], Is.EqualTo(_stack.ProgramKey));
        });
        foreach (var action in new[] { "ec2:startInstances", "ec2:stopInstances" })
            Assert.That(tasks.Where(t => (string?)t["Resource"] == $"arn:aws:states:::aws-sdk:{action}")
                .SelectMany(t => t["Parameters"]!["InstanceIds"]!.AsArray().Select(i => (string?)i)), Is.Not.Empty.And.All.EqualTo(instanceId), action);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> TaskStates(System.Text.Json.Nodes.JsonObject states)
    {
        foreach (var (_, state) in states)
        {
            if ((string?)state!["Type"] == "Task") yield return state;
            foreach (var branch in state["Branches"]?.AsArray() ?? [])
                foreach (var t in TaskStates(branch!["States"]!.AsObject())) yield return t;
            if (state["ItemProcessor"]?["States"] is System.Text.Json.Nodes.JsonObject inner)
                foreach (var t in TaskStates(inner)) yield return t;
        }
    }

    [Test]
    public void The_ssm_document_is_deployed_unchanged()
    {
        var document = _stack.Named<Document>("batch-run-summarizer").Inputs;
        Assert.That(document.String("content"), Is.EqualTo(RunSummarizerDocument.Content()));
        Assert.That(document.String("documentType"), Is.EqualTo("Command"));
        Assert.That(document.String("documentFormat"), Is.EqualTo(RunSummarizerDocument.DocumentFormat));
    }

    [Test]
    public void The_job_table_has_the_key_the_workflow_uses()
    {
        var table = _stack.Named<Table>("batch-jobs").Inputs;
        var attribute = table.Maps("attributes").Single();
        Assert.That(table.String("hashKey"), Is.EqualTo(JobTable.PartitionKey));
        Assert.That((attribute.String("name"), attribute.String("type")), Is.EqualTo((JobTable.PartitionKey, JobTable.PartitionKeyType)));
        Assert.That(table.String("billingMode"), Is.EqualTo("PAY_PER_REQUEST"));
    }

    [Test]
    public void The_execution_role_allows_exactly_what_the_definition_needs_plus_logging_and_tracing()
    {
        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], ProviderMocks.Account);
        var roleArn = _args.String("roleArn");
        var role = _stack.All<Role>().Single(r => Values.Of(r.Resource.Arn) == roleArn);
        var policies = _stack.All<RolePolicy>().Where(p => p.Inputs.String("role") == Values.Of(role.Resource.Name)).ToList();
        Assert.That(policies, Has.Count.EqualTo(2));

        var derived = policies.Single(p => p.Name == "batch-definition").Inputs.Policy("policy");
        Assert.That(derived.ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, _args.String("definition"))).RootElement.ToString()));
        Assert.That(PolicyStatement.Grants(derived), Does.Contain(("ec2:StartInstances",
            $"arn:aws:ec2:{scope.Region}:{scope.AccountId}:instance/{Values.Of(_stack.Named<Instance>("worker").Resource.Id)}")));

        var observability = PolicyStatement.Grants(policies.Single(p => p.Name == "batch-observability").Inputs.Policy("policy"));
        Assert.That(observability.Select(g => g.Action.Split(':')[0]).Distinct(), Is.EquivalentTo(new[] { "logs", "xray" }));
    }

    [Test]
    public void Every_execution_is_logged_with_retention_and_traced()
    {
        var logging = _args.Map("loggingConfiguration");
        var group = _stack.Named<LogGroup>("batch-logs");
        Assert.Multiple(() =>
        {
            Assert.That(logging.String("level"), Is.EqualTo("ALL"));
            Assert.That(logging.String("logDestination"), Is.EqualTo(Values.Of(group.Resource.Arn) + ":*"));
            Assert.That(group.Inputs.Number("retentionInDays"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));
            Assert.That(_args.Map("tracingConfiguration").Bool("enabled"), Is.True);
        });
    }

    [Test]
    public void Log_retention_follows_config()
    {
        var stack = StackRun.Dev(new Dictionary<string, string> { ["summarizer:logRetentionDays"] = "90" });
        Assert.That(stack.All<LogGroup>().Select(g => g.Inputs.Number("retentionInDays")), Is.Not.Empty.And.All.EqualTo(90));
    }

    [Test]
    public void Csv_uploads_to_the_input_bucket_start_this_machine_through_a_role_that_may_start_only_it()
    {
        var rule = _stack.Named<EventRule>("batch-on-upload");
        var target = _stack.Named<EventTarget>("batch-start-execution");
        Assert.That(rule.Inputs.String("eventPattern"), Is.EqualTo(BatchWorkflow.EventPattern(BucketName("storage-input"))));
        Assert.That(target.Inputs.String("rule"), Is.EqualTo(Values.Of(rule.Resource.Name)));
        Assert.That(target.Inputs.String("arn"), Is.EqualTo(Values.Of(_machine.Arn)));

        var (service, grants) = _stack.RoleWithArn(target.Inputs.String("roleArn"));
        Assert.That(service, Is.EqualTo("events.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_machine.Arn)) }));
        Assert.That(target.DependsOn, Does.Contain("batch-events-start"));
    }

    [Test]
    public void An_upload_event_that_cannot_start_the_machine_is_kept_encrypted_and_raises_an_alarm()
    {
        var rule = _stack.Named<EventRule>("batch-on-upload");
        var target = _stack.Named<EventTarget>("batch-start-execution").Inputs;
        var queue = _stack.Named<Pulumi.Aws.Sqs.Queue>("batch-dead-letters");
        Assert.Multiple(() =>
        {
            Assert.That(target.Map("deadLetterConfig").String("arn"), Is.EqualTo(Values.Of(queue.Resource.Arn)));
            Assert.That(target.Map("retryPolicy").Number("maximumEventAgeInSeconds"), Is.EqualTo(86400), "EventBridge's longest");
            Assert.That(target.Map("retryPolicy").Number("maximumRetryAttempts"), Is.EqualTo(185), "EventBridge's most");
            Assert.That(queue.Inputs.Bool("sqsManagedSseEnabled"), Is.True);
            Assert.That(queue.Inputs.Number("messageRetentionSeconds"), Is.EqualTo(1_209_600), "SQS's longest, 14 days");
        });

        // Only EventBridge, and only for this rule, may put messages on the queue.
        var policy = _stack.Named<Pulumi.Aws.Sqs.QueuePolicy>("batch-dead-letters-policy").Inputs;
        Assert.That(policy.String("queueUrl"), Is.EqualTo(Values.Of(queue.Resource.Url)));
        var statement = policy.Policy("policy").GetProperty("Statement").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(statement.GetProperty("Principal").GetProperty("Service").GetString(), Is.EqualTo("events.amazonaws.com"));
            Assert.That(statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "sqs:SendMessage" }));
            Assert.That(statement.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { Values.Of(queue.Resource.Arn) }));
            Assert.That(statement.GetProperty("Condition").GetProperty("ArnEquals").GetProperty("aws:SourceArn").GetString(), Is.EqualTo(Values.Of(rule.Resource.Arn)));
        });

        var alarm = _stack.Named<MetricAlarm>("batch-undelivered-uploads").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(alarm.String("namespace"), Is.EqualTo("AWS/SQS"));
            Assert.That(alarm.String("metricName"), Is.EqualTo("ApproximateNumberOfMessagesVisible"));
            Assert.That(alarm.StringMap("dimensions")["QueueName"], Is.EqualTo(Values.Of(queue.Resource.Name)));
            Assert.That(alarm.Number("threshold"), Is.EqualTo(1));
            Assert.That(alarm.Strings("alarmActions"), Is.EqualTo(new[] { Values.Of(_stack.Named<Pulumi.Aws.Sns.Topic>("notifications").Resource.Arn) }));
        });
    }

    [Test]
    public void Failed_executions_raise_an_alarm()
    {
        var alarm = _stack.Named<MetricAlarm>("batch-ExecutionsFailed").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(alarm.String("namespace"), Is.EqualTo("AWS/States"));
            Assert.That(alarm.String("metricName"), Is.EqualTo("ExecutionsFailed"));
            Assert.That(alarm.StringMap("dimensions")["StateMachineArn"], Is.EqualTo(Values.Of(_machine.Arn)));
            Assert.That(alarm.Number("threshold"), Is.EqualTo(1));
            Assert.That(alarm.String("comparisonOperator"), Is.EqualTo("GreaterThanOrEqualToThreshold"));
        });
    }

    [Test]
    public void The_machine_waits_for_its_permissions_and_the_program_it_runs() =>
        Assert.That(_batch.DependsOn, Is.SupersetOf(new[] { "batch-definition", "batch-observability", "artifacts-worker-program" }));
}
