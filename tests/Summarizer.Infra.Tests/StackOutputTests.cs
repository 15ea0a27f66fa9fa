using Pulumi.Aws.ApiGateway;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.S3;
using Pulumi.Aws.Sfn;
using Summarizer.Contract;

namespace Summarizer.Infra.Tests;

public class StackOutputTests
{
    private StackRun _stack = null!;

    [OneTimeSetUp]
    public void Deploy() => _stack = StackRun.Dev();

    [Test]
    public void The_outputs_are_what_a_user_needs_and_nothing_more() =>
        Assert.That(_stack.Outputs.Keys, Is.EquivalentTo(new[]
        {
            "inputBucket", "outputBucket", "summarizeUrl", "apiKey", "batchStateMachineArn", "realtimeStateMachineArn",
            "workerInstanceId", "batchExecutionsConsoleUrl", "batchAlarmNames", "resultKeyPattern", "notificationTopicArn",
        }));

    [Test]
    public void The_alarm_names_output_names_every_batch_alarm_with_its_generated_suffix()
    {
        var alarms = _stack.All<Pulumi.Aws.CloudWatch.MetricAlarm>();
        Assert.That(alarms, Has.Count.EqualTo(3), "failed executions, timed-out executions, undelivered uploads");
        Assert.That(_stack.Output<System.Collections.Immutable.ImmutableArray<string>>("batchAlarmNames"),
            Is.EquivalentTo(alarms.Select(a => Values.Of(a.Resource.Name))));
    }

    [Test]
    public void The_result_key_pattern_output_is_the_layouts() =>
        Assert.That(_stack.Output<string>("resultKeyPattern"), Is.EqualTo("summaries/<input key>.summary.csv"));

    [Test]
    public void Bucket_outputs_name_the_input_and_output_buckets()
    {
        Assert.That(_stack.Output<string>("inputBucket"), Is.EqualTo(Values.Of(_stack.Named<Bucket>("storage-input").Resource.BucketName)));
        Assert.That(_stack.Output<string>("outputBucket"), Is.EqualTo(Values.Of(_stack.Named<Bucket>("storage-output").Resource.BucketName)));
    }

    [Test]
    public void The_instance_id_output_is_the_workers() =>
        Assert.That(_stack.Output<string>("workerInstanceId"), Is.EqualTo(Values.Of(_stack.Named<Instance>("worker").Resource.Id)));

    [Test]
    public void The_state_machine_outputs_are_the_two_machines()
    {
        Assert.That(_stack.Output<string>("batchStateMachineArn"), Is.EqualTo(Values.Of(_stack.Named<StateMachine>("batch").Resource.Arn)));
        Assert.That(_stack.Output<string>("realtimeStateMachineArn"), Is.EqualTo(Values.Of(_stack.Named<StateMachine>("realtime").Resource.Arn)));
    }

    [Test]
    public void The_url_output_is_the_stages_summarize_route() =>
        Assert.That(_stack.Output<string>("summarizeUrl"),
            Is.EqualTo(Values.Of(_stack.Named<Stage>("api-stage").Resource.InvokeUrl) + SummarizeRoute.Path));

    [Test]
    public void The_api_key_output_is_the_keys_value_and_secret()
    {
        // Secret by the program's own word (Output.CreateSecret): Pulumi's mocks do not apply the provider's
        // additionalSecretOutputs, so this holds under them as under the engine.
        var output = _stack.OutputOf<string>("apiKey");
        Assert.That(Values.IsSecret(output), Is.True);
        Assert.That(Values.Of(output), Is.EqualTo(Values.Of(_stack.Named<ApiKey>("api-key").Resource.Value)));
        Assert.That(Values.IsSecret(_stack.OutputOf<string>("inputBucket")), Is.False);
    }

    [Test]
    public void The_console_link_opens_the_batch_machines_executions_in_the_stacks_region()
    {
        var region = StackRun.DevConfig()["aws:region"];
        var arn = _stack.Output<string>("batchStateMachineArn");
        Assert.That(_stack.Output<string>("batchExecutionsConsoleUrl"),
            Is.EqualTo($"https://{region}.console.aws.amazon.com/states/home?region={region}#/statemachines/view/{arn}"));
    }
}
