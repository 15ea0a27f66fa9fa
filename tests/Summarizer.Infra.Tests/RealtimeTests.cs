using System.Text.Json;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Lambda;
using Pulumi.Aws.S3;
using Pulumi.Aws.Sfn;
using Summarizer.Function;
using Summarizer.Workflows;
using Summarizer.Workflows.Policies;
using LambdaFunction = Pulumi.Aws.Lambda.Function;

namespace Summarizer.Infra.Tests;

public class RealtimeTests
{
    private StackRun _stack = null!;
    private LambdaFunction _function = null!;
    private FunctionArgs _functionArgs = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        (_function, _functionArgs, _) = _stack.Named<LambdaFunction, FunctionArgs>("summarize");
    }

    [Test]
    public void The_function_runs_the_uploaded_packages_bootstrap_on_the_al2023_os_only_runtime_on_x86_64()
    {
        var package = _stack.Named<BucketObjectv2, BucketObjectv2Args>("artifacts-function-package").Args;
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(_functionArgs.Runtime).AsT0, Is.EqualTo("provided.al2023").And.EqualTo(LambdaDeployment.Runtime));
            Assert.That(Values.Of(_functionArgs.Handler), Is.EqualTo("bootstrap").And.EqualTo(LambdaDeployment.ExecutableName));
            Assert.That(Values.Of(_functionArgs.S3Bucket), Is.EqualTo(Values.Of(package.Bucket)));
            Assert.That(Values.Of(_functionArgs.S3Key), Is.EqualTo(Values.Of(package.Key)));
            Assert.That(Values.Of(_functionArgs.Architectures), Is.EqualTo(new[] { "x86_64" }));
            Assert.That(Values.Of(Values.Of(_functionArgs.TracingConfig).Mode), Is.EqualTo("Active"));
        });
    }

    [Test]
    public void The_function_logs_to_its_own_group_with_retention_and_may_do_nothing_else()
    {
        var (group, groupArgs, _) = _stack.Named<LogGroup, LogGroupArgs>("summarize-logs");
        Assert.That(Values.Of(Values.Of(_functionArgs.LoggingConfig).LogGroup), Is.EqualTo(Values.Of(group.Name)));
        Assert.That(Values.Of(groupArgs.RetentionInDays), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));

        var (service, grants) = _stack.RoleWithArn(Values.Of(_functionArgs.Role));
        Assert.That(service, Is.EqualTo("lambda.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[]
        {
            ("logs:CreateLogStream", $"{Values.Of(group.Arn)}:*"), ("logs:PutLogEvents", $"{Values.Of(group.Arn)}:*"),
            ("xray:PutTraceSegments", "*"), ("xray:PutTelemetryRecords", "*"),
        }));
    }

    [Test]
    public void The_express_machine_is_the_workflow_file_rendered_with_the_function_and_may_invoke_only_it()
    {
        var (_, machine, _) = _stack.Named<StateMachine, StateMachineArgs>("realtime");
        var definition = Values.Of(machine.Definition);
        Assert.That(definition, Is.EqualTo(RealtimeDefinitions.StateMachine(Values.Of(_function.Arn))));
        Assert.That(Values.Of(machine.Type), Is.EqualTo("EXPRESS"));

        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], Pulumi.Testing.FakeState.Account);
        var derived = _stack.Named<RolePolicy, RolePolicyArgs>("realtime-definition").Args;
        var (role, _, _) = _stack.All<Role, RoleArgs>().Single(r => Values.Of(r.Resource.Arn) == Values.Of(machine.RoleArn));
        Assert.That(Values.Of(derived.Role), Is.EqualTo(Values.Of(role.Name)));
        Assert.That(Values.PolicyOf(derived.Policy).ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, definition)).RootElement.ToString()));
        Assert.That(PolicyStatement.Grants(Values.PolicyOf(derived.Policy)).Select(g => g.Action).Distinct(), Is.EqualTo(new[] { "lambda:InvokeFunction" }));
    }

    [Test]
    public void The_express_machine_logs_every_event_but_not_the_users_text_and_is_traced()
    {
        var (_, machine, _) = _stack.Named<StateMachine, StateMachineArgs>("realtime");
        var logging = Values.Of(machine.LoggingConfiguration);
        var (group, _, _) = _stack.Named<LogGroup, LogGroupArgs>("realtime-logs");
        Assert.That(Values.Of(logging.Level), Is.EqualTo("ALL"));
        Assert.That(Values.Of(logging.IncludeExecutionData), Is.False);
        Assert.That(Values.Of(logging.LogDestination), Is.EqualTo(Values.Of(group.Arn) + ":*"));
        Assert.That(Values.Of(Values.Of(machine.TracingConfiguration).Enabled), Is.True);
    }
}
