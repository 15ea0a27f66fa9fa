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
    private StateMachineArgs _args = null!;
    private static readonly WorkflowNames Names = new("summarizer-dev-");

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _batch = _stack.Named<StateMachine, StateMachineArgs>("batch").Resource;
        (_cleanup, _args, _) = _stack.Named<StateMachine, StateMachineArgs>("cleanup");
    }

    private string TopicArn => Values.Of(_stack.Named<Topic, TopicArgs>("notifications").Resource.Arn);

    [Test]
    public void The_cleanup_definition_is_rendered_with_the_batch_workflows_table_topic_instance_and_names()
    {
        var batchDefinition = Values.Of(_stack.Named<StateMachine, StateMachineArgs>("batch").Args.Definition);
        var expected = CleanupWorkflow.StateMachine(new CleanupWorkflowSettings(
            OutputBucket: Values.Of(_stack.Named<Pulumi.Aws.S3.Bucket, Pulumi.Aws.S3.BucketArgs>("storage-output").Resource.BucketName),
            InstanceId: Values.Of(_stack.Named<Pulumi.Aws.Ec2.Instance, Pulumi.Aws.Ec2.InstanceArgs>("worker").Resource.Id),
            JobTableName: Values.Of(_stack.Named<Pulumi.Aws.DynamoDB.Table, Pulumi.Aws.DynamoDB.TableArgs>("batch-jobs").Resource.Name),
            NotificationTopicArn: TopicArn,
            ExecutionArnPrefix: $"arn:aws:states:{StackRun.DevConfig()["aws:region"]}:123456789012:execution:summarizer-dev-"));
        Assert.That(Values.Of(_args.Definition), Is.EqualTo(expected));
        Assert.That(batchDefinition, Does.Contain(TopicArn), "both report to the same topic");
        Assert.That(Values.Of(_args.Type), Is.EqualTo("STANDARD"));
    }

    [Test]
    public void Both_machines_carry_the_names_the_workflows_address_each_others_executions_by()
    {
        Assert.That(Values.Of(_args.Name), Is.EqualTo(Names.CleanupStateMachine));
        Assert.That(Values.Of(_cleanup.Arn), Does.EndWith($":stateMachine:{Names.CleanupStateMachine}"));
        Assert.That(Values.Of(_batch.Arn), Does.EndWith($":stateMachine:{Names.BatchStateMachine}"));
    }

    [Test]
    public void The_cleanup_role_allows_exactly_what_its_definition_needs_including_describing_only_this_stacks_executions()
    {
        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], Pulumi.Testing.FakeState.Account);
        var (role, _, _) = _stack.All<Role, RoleArgs>().Single(r => Values.Of(r.Resource.Arn) == Values.Of(_args.RoleArn));
        var derived = _stack.All<RolePolicy, RolePolicyArgs>().Single(p => Values.Of(p.Args.Role) == Values.Of(role.Name) && p.Registration.Name == "cleanup-definition");
        Assert.That(Values.PolicyOf(derived.Args.Policy).ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, Values.Of(_args.Definition))).RootElement.ToString()));
        var describe = PolicyStatement.Grants(Values.PolicyOf(derived.Args.Policy)).Where(g => g.Action == "states:DescribeExecution").ToList();
        Assert.That(describe, Is.Not.Empty);
        Assert.That(describe.Select(g => g.Resource), Is.All.StartWith(Names.ExecutionArnPrefix(scope)));
        Assert.That(PolicyStatement.Grants(Values.PolicyOf(derived.Args.Policy)), Does.Contain(("sns:Publish", TopicArn)));
    }

    [Test]
    public void A_batch_execution_that_ended_badly_starts_the_cleanup_through_a_role_that_may_start_only_it()
    {
        var (rule, ruleArgs, _) = _stack.Named<EventRule, EventRuleArgs>("cleanup-on-batch-ended");
        var (_, target, registration) = _stack.Named<EventTarget, EventTargetArgs>("cleanup-start-execution");
        Assert.That(Values.Of(ruleArgs.EventPattern), Is.EqualTo(CleanupWorkflow.EventPattern(Values.Of(_batch.Arn))));
        var pattern = JsonDocument.Parse(Values.Of(ruleArgs.EventPattern)).RootElement.GetProperty("detail");
        Assert.That(pattern.GetProperty("status").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "ABORTED", "TIMED_OUT", "FAILED" }));
        Assert.That(Values.Of(target.Rule), Is.EqualTo(Values.Of(rule.Name)));
        Assert.That(Values.Of(target.Arn), Is.EqualTo(Values.Of(_cleanup.Arn)));
        var (service, grants) = _stack.RoleWithArn(Values.Of(target.RoleArn));
        Assert.That(service, Is.EqualTo("events.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_cleanup.Arn)) }));
        Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain("cleanup-events-start"));
    }

    [Test]
    public void A_schedule_runs_the_reconciler_every_ten_minutes_through_a_role_that_may_start_only_the_cleanup()
    {
        var (_, schedule, registration) = _stack.Named<Schedule, ScheduleArgs>("cleanup-reconcile");
        var target = Values.Of(schedule.Target);
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(schedule.ScheduleExpression), Is.EqualTo(CleanupWorkflow.ReconcileScheduleExpression).And.EqualTo("rate(10 minutes)"));
            Assert.That(Values.Of(Values.Of(schedule.FlexibleTimeWindow).Mode), Is.EqualTo("OFF"));
            Assert.That(Values.Of(target.Arn), Is.EqualTo(Values.Of(_cleanup.Arn)));
            Assert.That(Values.Of(target.Input), Is.EqualTo(CleanupWorkflow.ReconcileInput));
            Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain("cleanup-scheduler-start"));
        });
        var (service, grants) = _stack.RoleWithArn(Values.Of(target.RoleArn));
        Assert.That(service, Is.EqualTo("scheduler.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartExecution", Values.Of(_cleanup.Arn)) }));
    }

    [Test]
    public void The_cleanup_is_logged_with_retention_and_traced()
    {
        var (group, groupArgs, _) = _stack.Named<LogGroup, LogGroupArgs>("cleanup-logs");
        Assert.That(Values.Of(Values.Of(_args.LoggingConfiguration).LogDestination), Is.EqualTo(Values.Of(group.Arn) + ":*"));
        Assert.That(Values.Of(groupArgs.RetentionInDays), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));
        Assert.That(Values.Of(Values.Of(_args.TracingConfiguration).Enabled), Is.True);
    }

    [Test]
    public void Both_alarms_notify_the_outcome_topic_when_they_fire_and_when_they_clear()
    {
        foreach (var alarm in _stack.All<MetricAlarm, MetricAlarmArgs>())
        {
            Assert.That(Values.Of(alarm.Args.AlarmActions), Is.EqualTo(new[] { TopicArn }), alarm.Registration.Name);
            Assert.That(Values.Of(alarm.Args.OkActions), Is.EqualTo(new[] { TopicArn }), alarm.Registration.Name);
        }
        Assert.That(_stack.Output<string>("notificationTopicArn"), Is.EqualTo(TopicArn));
    }

    [Test]
    public void An_email_address_in_config_is_subscribed_to_the_topic_and_none_by_default()
    {
        Assert.That(_stack.All<TopicSubscription, TopicSubscriptionArgs>(), Is.Empty);
        var stack = StackRun.Dev(new Dictionary<string, string> { ["summarizer:notifyEmail"] = "ops@example.com" });
        var (_, subscription, _) = stack.Named<TopicSubscription, TopicSubscriptionArgs>("notifications-email");
        Assert.That(Values.Of(subscription.Protocol), Is.EqualTo("email"));
        Assert.That(Values.Of(subscription.Endpoint), Is.EqualTo("ops@example.com"));
        Assert.That(Values.Of(subscription.Topic), Is.EqualTo(Values.Of(stack.Named<Topic, TopicArgs>("notifications").Resource.Arn)));
    }

    [Test]
    public void Max_concurrent_jobs_from_config_reaches_the_batch_definition()
    {
        var definition = (StackRun stack) => Values.Of(stack.Named<StateMachine, StateMachineArgs>("batch").Args.Definition);
        var three = StackRun.Dev(new Dictionary<string, string> { ["summarizer:maxConcurrentJobs"] = "3" });
        Assert.That(definition(three), Is.Not.EqualTo(definition(_stack)));
        var settings = three.BatchSettings();
        Assert.That(definition(three), Is.EqualTo(BatchWorkflow.StateMachine(settings with { MaxConcurrentJobs = 3 })));
    }
}
