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
    private StateMachine _machine = null!;
    private StateMachineArgs _args = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        (_machine, _args, _) = _stack.Named<StateMachine, StateMachineArgs>("batch");
    }

    private string BucketName(string name) => Values.Of(_stack.Named<Bucket, BucketArgs>(name).Resource.BucketName);

    [Test]
    public void The_deployed_definition_is_the_workflow_file_rendered_with_this_stacks_resources()
    {
        var expected = BatchWorkflow.StateMachine(_stack.BatchSettings());
        Assert.That(Values.Of(_args.Definition), Is.EqualTo(expected));
        Assert.That(Values.Of(_args.Type), Is.EqualTo("STANDARD"));
        Assert.That(Values.Of(_args.Name), Is.EqualTo(new WorkflowNames("summarizer-dev-").BatchStateMachine),
            "named, so the clean-up workflow can address its executions");
    }

    [Test]
    public void The_definition_names_the_instance_and_the_program_version_of_this_deployment()
    {
        var definition = Values.Of(_args.Definition);
        Assert.That(definition, Does.Contain(Values.Of(_stack.Named<Instance, InstanceArgs>("worker").Resource.Id)));
        Assert.That(definition, Does.Contain(_stack.ProgramKey));
        Assert.That(definition, Does.Contain(Values.Of(_stack.Named<Document, DocumentArgs>("batch-run-summarizer").Resource.Name)));
    }

    [Test]
    public void The_ssm_command_targets_the_worker_with_this_stacks_document_buckets_and_program()
    {
        var definition = System.Text.Json.Nodes.JsonNode.Parse(Values.Of(_args.Definition))!;
        var tasks = TaskStates(definition["States"]!.AsObject()).ToList();
        var instanceId = Values.Of(_stack.Named<Instance, InstanceArgs>("worker").Resource.Id);

        var send = tasks.Single(t => (string?)t["Resource"] == "arn:aws:states:::aws-sdk:ssm:sendCommand")["Parameters"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)send["DocumentName"], Is.EqualTo(Values.Of(_stack.Named<Document, DocumentArgs>("batch-run-summarizer").Resource.Name)));
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
        var (_, document, _) = _stack.Named<Document, DocumentArgs>("batch-run-summarizer");
        Assert.That(Values.Of(document.Content), Is.EqualTo(RunSummarizerDocument.Content()));
        Assert.That(Values.Of(document.DocumentType), Is.EqualTo("Command"));
        Assert.That(Values.Of(document.DocumentFormat), Is.EqualTo(RunSummarizerDocument.DocumentFormat));
    }

    [Test]
    public void The_job_table_has_the_key_the_workflow_uses()
    {
        var (_, table, _) = _stack.Named<Table, TableArgs>("batch-jobs");
        var attribute = Values.Of(table.Attributes).Single();
        Assert.That(Values.Of(table.HashKey), Is.EqualTo(JobTable.PartitionKey));
        Assert.That((Values.Of(attribute.Name), Values.Of(attribute.Type)), Is.EqualTo((JobTable.PartitionKey, JobTable.PartitionKeyType)));
        Assert.That(Values.Of(table.BillingMode), Is.EqualTo("PAY_PER_REQUEST"));
    }

    [Test]
    public void The_execution_role_allows_exactly_what_the_definition_needs_plus_logging_and_tracing()
    {
        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], Pulumi.Testing.FakeState.Account);
        var roleArn = Values.Of(_args.RoleArn);
        var (role, _, _) = _stack.All<Role, RoleArgs>().Single(r => Values.Of(r.Resource.Arn) == roleArn);
        var policies = _stack.All<RolePolicy, RolePolicyArgs>().Where(p => Values.Of(p.Args.Role) == Values.Of(role.Name)).ToList();
        Assert.That(policies, Has.Count.EqualTo(2));

        var derived = policies.Single(p => p.Registration.Name == "batch-definition");
        Assert.That(Values.PolicyOf(derived.Args.Policy).ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, Values.Of(_args.Definition))).RootElement.ToString()));
        Assert.That(PolicyStatement.Grants(Values.PolicyOf(derived.Args.Policy)), Does.Contain(("ec2:StartInstances",
            $"arn:aws:ec2:{scope.Region}:{scope.AccountId}:instance/{Values.Of(_stack.Named<Instance, InstanceArgs>("worker").Resource.Id)}")));

        var observability = PolicyStatement.Grants(Values.PolicyOf(policies.Single(p => p.Registration.Name == "batch-observability").Args.Policy));
        Assert.That(observability.Select(g => g.Action.Split(':')[0]).Distinct(), Is.EquivalentTo(new[] { "logs", "xray" }));
    }

    [Test]
    public void Every_execution_is_logged_with_retention_and_traced()
    {
        var logging = Values.Of(_args.LoggingConfiguration);
        var (group, groupArgs, _) = _stack.Named<LogGroup, LogGroupArgs>("batch-logs");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(logging.Level), Is.EqualTo("ALL"));
            Assert.That(Values.Of(logging.LogDestination), Is.EqualTo(Values.Of(group.Arn) + ":*"));
            Assert.That(Values.Of(groupArgs.RetentionInDays), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));
            Assert.That(Values.Of(Values.Of(_args.TracingConfiguration).Enabled), Is.True);
        });
    }

    [Test]
    public void Log_retention_follows_config()
    {
        var stack = StackRun.Dev(new Dictionary<string, string> { ["summarizer:logRetentionDays"] = "90" });
        Assert.That(stack.All<LogGroup, LogGroupArgs>().Select(g => Values.Of(g.Args.RetentionInDays)), Is.All.EqualTo(90));
    }

    [Test]
    public void Csv_uploads_to_the_input_bucket_start_this_machine_through_a_role_that_may_start_only_it()
    {
        var (rule, ruleArgs, _) = _stack.Named<EventRule, EventRuleArgs>("batch-on-upload");
        var (_, target, targetRegistration) = _stack.Named<EventTarget, EventTargetArgs>("batch-start-execution");
        Assert.That(Values.Of(ruleArgs.EventPattern), Is.EqualTo(BatchWorkflow.EventPattern(BucketName("storage-input"))));
        Assert.That(Values.Of(target.Rule), Is.EqualTo(Values.Of(rule.Name)));
        Assert.That(Values.Of(target.Arn), Is.EqualTo(Values.Of(_machine.Arn)));

        var (service, grants) = _stack.RoleWithArn(Values.Of(target.RoleArn));
        Assert.That(service, Is.EqualTo("events.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_machine.Arn)) }));
        Assert.That(Values.Of(targetRegistration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain("batch-events-start"));
    }

    [Test]
    public void Failed_executions_raise_an_alarm()
    {
        var (_, alarm, _) = _stack.Named<MetricAlarm, MetricAlarmArgs>("batch-ExecutionsFailed");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(alarm.Namespace), Is.EqualTo("AWS/States"));
            Assert.That(Values.Of(alarm.MetricName), Is.EqualTo("ExecutionsFailed"));
            Assert.That(Values.Of(alarm.Dimensions)["StateMachineArn"], Is.EqualTo(Values.Of(_machine.Arn)));
            Assert.That(Values.Of(alarm.Threshold), Is.EqualTo(1));
            Assert.That(Values.Of(alarm.ComparisonOperator), Is.EqualTo("GreaterThanOrEqualToThreshold"));
        });
    }

    [Test]
    public void The_machine_waits_for_its_permissions_and_the_program_it_runs()
    {
        var depends = Values.Of(_stack.Named<StateMachine, StateMachineArgs>("batch").Registration.Options.DependsOn).Select(r => r.GetResourceName());
        Assert.That(depends, Is.SupersetOf(new[] { "batch-definition", "batch-observability", "artifacts-worker-program" }));
    }
}
