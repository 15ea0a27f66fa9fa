using System.Text.Json;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
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
    private ResourceInputs _functionArgs = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        var function = _stack.Named<LambdaFunction>("summarize");
        (_function, _functionArgs) = (function.Resource, function.Inputs);
    }

    [Test]
    public void The_function_runs_the_uploaded_packages_bootstrap_on_the_al2023_os_only_runtime_on_x86_64()
    {
        var package = _stack.Named<BucketObjectv2>("artifacts-function-package").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(_functionArgs.String("runtime"), Is.EqualTo("provided.al2023").And.EqualTo(LambdaDeployment.Runtime));
            Assert.That(_functionArgs.String("handler"), Is.EqualTo("bootstrap").And.EqualTo(LambdaDeployment.ExecutableName));
            Assert.That(_functionArgs.String("s3Bucket"), Is.EqualTo(package.String("bucket")));
            Assert.That(_functionArgs.String("s3Key"), Is.EqualTo(package.String("key")));
            Assert.That(_functionArgs.Strings("architectures"), Is.EqualTo(new[] { "x86_64" }));
            Assert.That(_functionArgs.Map("tracingConfig").String("mode"), Is.EqualTo("Active"));
        });
    }

    [Test]
    public void The_function_has_the_configured_reserved_concurrency_and_by_default_reserves_none()
    {
        Assert.That(_functionArgs.Number("reservedConcurrentExecutions"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:functionReservedConcurrency"])));
        Assert.That(SummarizerConfig.DefaultFunctionReservedConcurrency, Is.EqualTo(-1), "a first deploy must work on a new account");
        var reserved = StackRun.Dev(new Dictionary<string, string> { ["summarizer:functionReservedConcurrency"] = "10" });
        Assert.That(reserved.Named<LambdaFunction>("summarize").Inputs.Number("reservedConcurrentExecutions"), Is.EqualTo(10));
    }

    [Test]
    public void The_function_logs_to_its_own_group_with_retention_and_may_do_nothing_else()
    {
        var group = _stack.Named<LogGroup>("summarize-logs");
        Assert.That(_functionArgs.Map("loggingConfig").String("logGroup"), Is.EqualTo(Values.Of(group.Resource.Name)));
        Assert.That(group.Inputs.Number("retentionInDays"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));

        var groupArn = Values.Of(group.Resource.Arn);
        var (service, grants) = _stack.RoleWithArn(_functionArgs.String("role"));
        Assert.That(service, Is.EqualTo("lambda.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[]
        {
            ("logs:CreateLogStream", $"{groupArn}:*"), ("logs:PutLogEvents", $"{groupArn}:*"),
            ("xray:PutTraceSegments", "*"), ("xray:PutTelemetryRecords", "*"),
        }));
    }

    [Test]
    public void The_express_machine_is_the_workflow_file_rendered_with_the_function_and_may_invoke_only_it()
    {
        var machine = _stack.Named<StateMachine>("realtime").Inputs;
        var definition = machine.String("definition");
        Assert.That(definition, Is.EqualTo(RealtimeDefinitions.StateMachine(Values.Of(_function.Arn))));
        Assert.That(machine.String("type"), Is.EqualTo("EXPRESS"));

        var scope = new AwsScope("aws", StackRun.DevConfig()["aws:region"], ProviderMocks.Account);
        var derived = _stack.Named<RolePolicy>("realtime-definition").Inputs;
        var role = _stack.All<Role>().Single(r => Values.Of(r.Resource.Arn) == machine.String("roleArn"));
        Assert.That(derived.String("role"), Is.EqualTo(Values.Of(role.Resource.Name)));
        Assert.That(derived.Policy("policy").ToString(),
            Is.EqualTo(JsonDocument.Parse(PolicyDerivation.PolicyDocument(scope, definition)).RootElement.ToString()));
        Assert.That(PolicyStatement.Grants(derived.Policy("policy")).Select(g => g.Action).Distinct(), Is.EqualTo(new[] { "lambda:InvokeFunction" }));
    }

    [Test]
    public void The_express_machine_logs_every_event_but_not_the_users_text_and_is_traced()
    {
        var machine = _stack.Named<StateMachine>("realtime").Inputs;
        var logging = machine.Map("loggingConfiguration");
        var group = _stack.Named<LogGroup>("realtime-logs").Resource;
        Assert.That(logging.String("level"), Is.EqualTo("ALL"));
        Assert.That(logging.Bool("includeExecutionData"), Is.False);
        Assert.That(logging.String("logDestination"), Is.EqualTo(Values.Of(group.Arn) + ":*"));
        Assert.That(machine.Map("tracingConfiguration").Bool("enabled"), Is.True);
    }
}
