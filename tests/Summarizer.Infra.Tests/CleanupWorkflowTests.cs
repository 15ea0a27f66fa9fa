using System.Text.Json;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Scheduler;
using Pulumi.Aws.Sfn;
using Pulumi.Aws.Sns;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;

namespace Summarizer.Infra.Tests;

/// <summary>The clean-up and reconciler workflow, its two triggers, and the outcome topic the batch path reports to.</summary>
public class CleanupWorkflowTests
{
    private StackRun _stack = null!;
    private StateMachine _batch = null!;
    private StateMachine _cleanup = null!;
    private ResourceInputs _args = null!;
    private static readonly WorkflowNames Names = new("summarizer-dev-");

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _batch = _stack.Named<StateMachine>("batch").Resource;
        (_cleanup, _args) = (_stack.Named<StateMachine>("cleanup").Resource, _stack.Named<StateMachine>("cleanup").Inputs);
    }

    private string TopicArn => Values.Of(_stack.Named<Topic>("notifications").Resource.Arn);

    [Test]
    public void The_cleanup_definition_is_rendered_with_the_batch_workflows_table_topic_instance_and_names()
    {
        var batchDefinition = _stack.Named<StateMachine>("batch").Inputs.String("definition");
        var expected = CleanupWorkflow.StateMachine(new CleanupWorkflowSettings(
            OutputBucket: Values.Of(_stack.Named<Pulumi.Aws.S3.Bucket>("storage-output").Resource.BucketName),
            InstanceId: Values.Of(_stack.Named<Pulumi.Aws.Ec2.Instance>("worker").Resource.Id),
            JobTableName: Values.Of(_stack.Named<Pulumi.Aws.DynamoDB.Table>("batch-jobs").Resource.Name),
            NotificationTopicArn: TopicArn,
            ExecutionArnPrefix: $"arn:aws:states:{StackRun.DevConfig()["aws:region"]}:123456789012:execution:summarizer-dev-"));
        Assert.That(_args.String("definition"), Is.EqualTo(expected));
        Assert.That(batchDefinition, Does.Contain(TopicArn), "both report to the same topic");
        Assert.That(_args.String("type"), Is.EqualTo("STANDARD"));
    }

    [Test]
    public void Both_machines_carry_the_names_the_workflows_address_each_others_executions_by()
    {
        Assert.That(_args.String("name"), Is.EqualTo(Names.CleanupStateMachine));
        Assert.That(Values.Of(_cleanup.Arn), Does.EndWith($":stateMachine:{Names.CleanupStateMachine}"));
        Assert.That(Values.Of(_batch.Arn), Does.EndWith($":stateMachine:{Names.BatchStateMachine}"));
    }

    [Test]
    public void The_cleanup_role_allows_exactly_what_its_definition_needs_including_describing_only_this_stacks_executions()
    {
        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], ProviderMocks.Account);
        var role = _stack.All<Role>().Single(r => Values.Of(r.Resource.Arn) == _args.String("roleArn"));
        var derived = _stack.All<RolePolicy>()
            .Single(p => p.Inputs.String("role") == Values.Of(role.Resource.Name) && p.Name == "cleanup-definition").Inputs.Policy("policy");
        Assert.That(derived.ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, _args.String("definition"))).RootElement.ToString()));
        var describe = PolicyStatement.Grants(derived).Where(g => g.Action == "states:DescribeExecution").ToList();
        Assert.That(describe, Is.Not.Empty);
        Assert.That(describe.Select(g => g.Resource), Is.All.StartWith(Names.ExecutionArnPrefix(scope)));
        Assert.That(PolicyStatement.Grants(derived), Does.Contain(("sns:Publish", TopicArn)));
    }

    [Test]
    public void A_batch_execution_that_ended_badly_starts_the_cleanup_through_a_role_that_may_start_only_it()
    {
        var rule = _stack.Named<EventRule>("cleanup-on-batch-ended");
        var target = _stack.Named<EventTarget>("cleanup-start-execution");
        Assert.That(rule.Inputs.String("eventPattern"), Is.EqualTo(CleanupWorkflow.EventPattern(Values.Of(_batch.Arn))));
        var pattern = JsonDocument.Parse(rule.Inputs.String("eventPattern")).RootElement.GetProperty("detail");
        Assert.That(pattern.GetProperty("status").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "ABORTED", "TIMED_OUT", "FAILED" }));
        Assert.That(target.Inputs.String("rule"), Is.EqualTo(Values.Of(rule.Resource.Name)));
        Assert.That(target.Inputs.String("arn"), Is.EqualTo(Values.Of(_cleanup.Arn)));
        var (service, grants) = _stack.RoleWithArn(target.Inputs.String("roleArn"));
        Assert.That(service, Is.EqualTo("events.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_cleanup.Arn)) }));
        Assert.That(target.DependsOn, Does.Contain("cleanup-events-start"));
    }

    [Test]
    public void A_schedule_runs_the_reconciler_every_ten_minutes_through_a_role_that_may_start_only_the_cleanup()
    {
        var schedule = _stack.Named<Schedule>("cleanup-reconcile");
        var target = schedule.Inputs.Map("target");
        Assert.Multiple(() =>
        {
            Assert.That(schedule.Inputs.String("scheduleExpression"), Is.EqualTo(CleanupWorkflow.ReconcileScheduleExpression).And.EqualTo("rate(10 minutes)"));
            Assert.That(schedule.Inputs.Map("flexibleTimeWindow").String("mode"), Is.EqualTo("OFF"));
            Assert.That(target.String("arn"), Is.EqualTo(Values.Of(_cleanup.Arn)));
            Assert.That(target.String("input"), Is.EqualTo(CleanupWorkflow.ReconcileInput));
            Assert.That(schedule.DependsOn, Does.Contain("cleanup-scheduler-start"));
        });
        var (service, grants) = _stack.RoleWithArn(target.String("roleArn"));
        Assert.That(service, Is.EqualTo("scheduler.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_cleanup.Arn)) }));
    }

    [Test]
    public void The_cleanup_is_logged_with_retention_and_traced()
    {
        var group = _stack.Named<LogGroup>("cleanup-logs");
        Assert.That(_args.Map("loggingConfiguration").String("logDestination"), Is.EqualTo(Values.Of(group.Resource.Arn) + ":*"));
        Assert.That(group.Inputs.Number("retentionInDays"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));
        Assert.That(_args.Map("tracingConfiguration").Bool("enabled"), Is.True);
    }

    [Test]
    public void Both_alarms_notify_the_outcome_topic_when_they_fire_and_when_they_clear()
    {
        var alarms = _stack.All<MetricAlarm>();
        Assert.That(alarms, Is.Not.Empty);
        foreach (var alarm in alarms)
        {
            Assert.That(alarm.Inputs.Strings("alarmActions"), Is.EqualTo(new[] { TopicArn }), alarm.Name);
            Assert.That(alarm.Inputs.Strings("okActions"), Is.EqualTo(new[] { TopicArn }), alarm.Name);
        }
        Assert.That(_stack.Output<string>("notificationTopicArn"), Is.EqualTo(TopicArn));
    }

    [Test]
    public void An_email_address_in_config_is_subscribed_to_the_topic_and_none_by_default()
    {
        Assert.That(_stack.All<TopicSubscription>(), Is.Empty);
        var stack = StackRun.Dev(new Dictionary<string, string> { ["summarizer:notifyEmail"] = "ops@example.com" });
        var subscription = stack.Named<TopicSubscription>("notifications-email").Inputs;
        Assert.That(subscription.String("protocol"), Is.EqualTo("email"));
        Assert.That(subscription.String("endpoint"), Is.EqualTo("ops@example.com"));
        Assert.That(subscription.String("topic"), Is.EqualTo(Values.Of(stack.Named<Topic>("notifications").Resource.Arn)));
    }

    [Test]
    public void Max_concurrent_jobs_from_config_reaches_the_batch_definition()
    {
        var definition = (StackRun stack) => stack.Named<StateMachine>("batch").Inputs.String("definition");
        var three = StackRun.Dev(new Dictionary<string, string> { ["summarizer:maxConcurrentJobs"] = "3" });
        Assert.That(definition(three), Is.Not.EqualTo(definition(_stack)));
        var settings = three.BatchSettings();
        Assert.That(definition(three), Is.EqualTo(BatchWorkflow.StateMachine(settings with { MaxConcurrentJobs = 3 })));
    }
}
