using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;
using Summarizer.Workflows.Tests.Batch;

namespace Summarizer.Workflows.Tests.Policies;

public class PolicyDerivationTests
{
    private static readonly BatchWorkflowSettings Settings = TestSettings.Batch();
    private static readonly AwsScope Scope = TestSettings.Scope;
    private static readonly string Batch = BatchWorkflow.StateMachine(Settings);
    private static readonly string Cleanup = CleanupWorkflow.StateMachine(TestSettings.Cleanup());
    private static string Executions => $"arn:aws:states:eu-west-1:111122223333:execution:{TestSettings.Names.Prefix}*";
    private static string Out(string key) => $"arn:aws:s3:::{Settings.OutputBucket}/{key}";

    private static string Instance => $"arn:aws:ec2:eu-west-1:111122223333:instance/{Settings.InstanceId}";
    private static string Table => $"arn:aws:dynamodb:eu-west-1:111122223333:table/{Settings.JobTableName}";

    [Test]
    public void The_batch_policy_is_exactly_what_the_workflow_calls()
    {
        var expected = new[]
        {
            new PolicyStatement("dynamodb:DeleteItem", [Table]),
            new PolicyStatement("dynamodb:GetItem", [Table]),
            new PolicyStatement("dynamodb:PutItem", [Table]),
            new PolicyStatement("dynamodb:UpdateItem", [Table]),
            new PolicyStatement("ec2:DescribeInstances", ["*"]),
            new PolicyStatement("ec2:StartInstances", [Instance]),
            new PolicyStatement("ec2:StopInstances", [Instance]),
            new PolicyStatement("s3:DeleteObject", [Out("staging/*"), Out("staging/key-length-test/*")]),
            new PolicyStatement("s3:GetObject", [$"arn:aws:s3:::{Settings.InputBucket}/*", Out("staging/*")]),
            // The upload's options: S3 metadata of exactly the version the event named.
            new PolicyStatement("s3:GetObjectVersion", [$"arn:aws:s3:::{Settings.InputBucket}/*"]),
            new PolicyStatement("s3:PutObject", [Out("failures/*"), Out("staging/key-length-test/*"), Out("summaries/*")]),
            new PolicyStatement("sns:Publish", [TestSettings.TopicArn]),
            new PolicyStatement("ssm:DescribeInstanceInformation", ["*"]),
            new PolicyStatement("ssm:GetCommandInvocation", ["*"]),
            new PolicyStatement("ssm:SendCommand", [Instance, $"arn:aws:ssm:eu-west-1:111122223333:document/{Settings.DocumentName}"]),
            new PolicyStatement("states:DescribeExecution", [Executions]),
        };
        Assert.That(PolicyDerivation.Statements(Scope, Batch), Is.EqualTo(expected));
    }

    [Test]
    public void The_cleanup_policy_is_exactly_what_the_cleanup_workflow_calls()
    {
        var expected = new[]
        {
            new PolicyStatement("dynamodb:DeleteItem", [Table]),
            new PolicyStatement("dynamodb:GetItem", [Table]),
            new PolicyStatement("dynamodb:UpdateItem", [Table]),
            new PolicyStatement("ec2:StopInstances", [Instance]),
            new PolicyStatement("s3:DeleteObject", [Out("staging/*")]),
            new PolicyStatement("s3:PutObject", [Out("failures/*")]),
            new PolicyStatement("sns:Publish", [TestSettings.TopicArn]),
            new PolicyStatement("ssm:CancelCommand", ["*"]),
            new PolicyStatement("states:DescribeExecution", [Executions]),
        };
        Assert.That(PolicyDerivation.Statements(Scope, Cleanup), Is.EqualTo(expected));
    }

    [Test]
    public void Describing_executions_is_allowed_on_the_stacks_two_state_machines_only()
    {
        var statements = PolicyDerivation.Statements(Scope, Batch, Cleanup);
        string Execution(string machine) => $"arn:aws:states:eu-west-1:111122223333:execution:{machine}:some-run";
        Assert.Multiple(() =>
        {
            Assert.That(Allows(statements, "states:DescribeExecution", Execution(TestSettings.Names.BatchStateMachine)), Is.True);
            Assert.That(Allows(statements, "states:DescribeExecution", Execution(TestSettings.Names.CleanupStateMachine)), Is.True);
            Assert.That(Allows(statements, "states:DescribeExecution", Execution("someone-elses-machine")), Is.False);
        });
    }

    [Test]
    public void Every_call_the_batch_workflow_makes_is_allowed_and_every_statement_is_used()
    {
        // What one job touches, written out concretely for an upload "in/reviews 1.csv" run by execution run-1.
        var staging = Out("staging/run-1.csv");
        var calls = new (string Action, string Resource)[]
        {
            ("dynamodb:PutItem", Table), ("dynamodb:UpdateItem", Table), ("dynamodb:GetItem", Table), ("dynamodb:DeleteItem", Table),
            ("ec2:StartInstances", Instance), ("ec2:DescribeInstances", "*"), ("ec2:StopInstances", Instance),
            ("ssm:DescribeInstanceInformation", "*"),
            ("ssm:SendCommand", Instance), ("ssm:SendCommand", $"arn:aws:ssm:eu-west-1:111122223333:document/{Settings.DocumentName}"),
            ("ssm:GetCommandInvocation", "*"),
            ("s3:PutObject", Out("staging/key-length-test/in/reviews 1.csv")), ("s3:DeleteObject", Out("staging/key-length-test/in/reviews 1.csv")),
            ("s3:GetObject", staging), ("s3:DeleteObject", staging),
            ("s3:GetObject", $"arn:aws:s3:::{Settings.InputBucket}/in/reviews 1.csv"),
            ("s3:GetObjectVersion", $"arn:aws:s3:::{Settings.InputBucket}/in/reviews 1.csv"),
            ("s3:PutObject", Out("summaries/in/reviews 1.csv.summary.csv")), ("s3:PutObject", Out("summaries/in/reviews 1.csv.manifest.json")),
            ("s3:PutObject", Out("failures/run-1.json")),
            ("sns:Publish", TestSettings.TopicArn),
            ("states:DescribeExecution", $"arn:aws:states:eu-west-1:111122223333:execution:{TestSettings.Names.BatchStateMachine}:run-0"),
        };
        var statements = PolicyDerivation.Statements(Scope, Batch);
        foreach (var (action, resource) in calls)
            Assert.That(Allows(statements, action, resource), Is.True, $"{action} on {resource} is not allowed");
        foreach (var s in statements)
            Assert.That(calls.Any(c => c.Action == s.Action), Is.True, $"{s} is allowed but never called");
    }

    [Test]
    public void Nothing_outside_the_project_resources_is_allowed()
    {
        var statements = PolicyDerivation.Statements(Scope, Batch);
        Assert.Multiple(() =>
        {
            Assert.That(Allows(statements, "s3:PutObject", $"arn:aws:s3:::{Settings.OutputBucket}/staging/x.csv"), Is.False);
            Assert.That(Allows(statements, "s3:PutObject", $"arn:aws:s3:::{Settings.InputBucket}/reviews.csv"), Is.False);
            Assert.That(Allows(statements, "s3:DeleteObject", $"arn:aws:s3:::{Settings.InputBucket}/reviews.csv"), Is.False);
            Assert.That(Allows(statements, "s3:GetObject", $"arn:aws:s3:::{Settings.OutputBucket}/summaries/x.summary.csv"), Is.False);
            Assert.That(Allows(statements, "ec2:StopInstances", "arn:aws:ec2:eu-west-1:111122223333:instance/i-0other"), Is.False);
            Assert.That(Allows(statements, "ec2:TerminateInstances", Instance), Is.False);
            Assert.That(Allows(statements, "ssm:SendCommand", "arn:aws:ssm:eu-west-1::document/AWS-RunShellScript"), Is.False);
        });
        var wildcards = statements.Where(s => s.Resources.Contains("*")).Select(s => s.Action);
        Assert.That(wildcards, Is.SubsetOf(PolicyDerivation.WildcardOnlyActions.Keys), "only documented exceptions may use *");
    }

    [Test]
    public void Lambda_invoke_maps_to_invoke_function_on_that_function()
    {
        const string function = "arn:aws:lambda:eu-west-1:111122223333:function:summarize";
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::lambda:invoke",
            ["Parameters"] = new JsonObject { ["FunctionName"] = function, ["Payload.$"] = "$" },
            ["End"] = true,
        });
        Assert.That(PolicyDerivation.Statements(Scope, definition),
            Is.EqualTo(new[] { new PolicyStatement("lambda:InvokeFunction", [function, function + ":*"]) }));
    }

    [Test]
    public void Tasks_nested_in_parallel_and_map_states_are_found()
    {
        var inner = new JsonObject
        {
            ["StartAt"] = "Stop",
            ["States"] = new JsonObject
            {
                ["Stop"] = new JsonObject
                {
                    ["Type"] = "Task",
                    ["Resource"] = "arn:aws:states:::aws-sdk:ec2:stopInstances",
                    ["Parameters"] = new JsonObject { ["InstanceIds"] = new JsonArray("i-1") },
                    ["End"] = true,
                },
            },
        };
        var mapInner = JsonNode.Parse(inner.ToJsonString().Replace("stopInstances", "startInstances"))!;
        var definition = new JsonObject
        {
            ["StartAt"] = "P",
            ["States"] = new JsonObject
            {
                ["P"] = new JsonObject { ["Type"] = "Parallel", ["Branches"] = new JsonArray(inner), ["Next"] = "M" },
                ["M"] = new JsonObject { ["Type"] = "Map", ["ItemProcessor"] = mapInner, ["End"] = true },
            },
        }.ToJsonString();
        var actions = PolicyDerivation.Statements(Scope, definition).Select(s => s.Action);
        Assert.That(actions, Is.EqualTo(new[] { "ec2:StartInstances", "ec2:StopInstances" }));
    }

    [Test]
    public void An_unknown_integration_is_refused_rather_than_left_without_permissions()
    {
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::aws-sdk:ec2:terminateInstances",
            ["Parameters"] = new JsonObject { ["InstanceIds"] = new JsonArray("i-1") },
            ["End"] = true,
        });
        Assert.That(() => PolicyDerivation.Statements(Scope, definition), Throws.TypeOf<NotSupportedException>().With.Message.Contains("terminateInstances"));
    }

    [Test]
    public void A_key_without_a_literal_prefix_is_refused_rather_than_allowed_on_the_whole_bucket()
    {
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::aws-sdk:s3:deleteObject",
            ["Parameters"] = new JsonObject { ["Bucket"] = "b", ["Key.$"] = "$.detail.object.key" },
            ["End"] = true,
        });
        Assert.That(() => PolicyDerivation.Statements(Scope, definition), Throws.InvalidOperationException.With.Message.Contains("Key"));
    }

    [Test]
    public void Reading_a_key_without_a_literal_prefix_is_scoped_to_its_bucket_only()
    {
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::aws-sdk:s3:headObject",
            ["Parameters"] = new JsonObject { ["Bucket"] = "b", ["Key.$"] = "$.detail.object.key" },
            ["End"] = true,
        });
        Assert.That(PolicyDerivation.Statements(Scope, definition), Is.EqualTo(new[] { new PolicyStatement("s3:GetObject", ["arn:aws:s3:::b/*"]) }));
    }

    [Test]
    public void Reading_one_version_of_an_object_needs_the_version_permission_instead()
    {
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::aws-sdk:s3:headObject",
            ["Parameters"] = new JsonObject { ["Bucket"] = "b", ["Key.$"] = "$.detail.object.key", ["VersionId.$"] = "$.detail.object.version-id" },
            ["End"] = true,
        });
        Assert.That(PolicyDerivation.Statements(Scope, definition), Is.EqualTo(new[] { new PolicyStatement("s3:GetObjectVersion", ["arn:aws:s3:::b/*"]) }));
    }

    [Test]
    public void Describing_an_execution_without_a_literal_arn_prefix_is_refused()
    {
        var definition = Machine(new JsonObject
        {
            ["Type"] = "Task",
            ["Resource"] = "arn:aws:states:::aws-sdk:sfn:describeExecution",
            ["Parameters"] = new JsonObject { ["ExecutionArn.$"] = "$.arn" },
            ["End"] = true,
        });
        Assert.That(() => PolicyDerivation.Statements(Scope, definition), Throws.InvalidOperationException.With.Message.Contains("ExecutionArn"));
    }

    [Test]
    public void The_policy_document_is_valid_iam_json()
    {
        var doc = JsonNode.Parse(PolicyDerivation.PolicyDocument(Scope, Batch))!;
        Assert.That((string)doc["Version"]!, Is.EqualTo("2012-10-17"));
        var statements = doc["Statement"]!.AsArray();
        Assert.That(statements, Has.Count.EqualTo(PolicyDerivation.Statements(Scope, Batch).Count));
        Assert.That(statements.All(s => (string)s!["Effect"]! == "Allow"));
    }

    private static string Machine(JsonObject state) =>
        new JsonObject { ["StartAt"] = "T", ["States"] = new JsonObject { ["T"] = state } }.ToJsonString();

    /// <summary>IAM's matching for these tests: action equality, resource with * and ? wildcards.</summary>
    private static bool Allows(IEnumerable<PolicyStatement> statements, string action, string resource) =>
        statements.Any(s => s.Action == action && s.Resources.Any(r =>
            Regex.IsMatch(resource, "^" + Regex.Escape(r).Replace(@"\*", ".*").Replace(@"\?", ".") + "$")));
}
