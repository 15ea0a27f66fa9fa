using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Tests;

/// <summary>
/// How Pulumi's testing API behaves where the other tests rely on it: what a mock is given, how its answers become
/// outputs, previews, secrets, errors. Written against the public API only, so they hold for the real SDK and keep the
/// test double (infra/Pulumi.Double) from drifting from it.
/// </summary>
public class MocksTests
{
    /// <summary>Mocks that record what they are given and answer with the functions passed.</summary>
    private sealed class ScriptedMocks(
        Func<MockResourceArgs, (string? Id, object State)> resource, Func<MockCallArgs, object>? call = null) : IMocks
    {
        public List<MockResourceArgs> Resources { get; } = new();
        public List<MockCallArgs> Calls { get; } = new();

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            lock (Resources) Resources.Add(args);
            return Task.FromResult<(string?, object)>(resource(args));
        }

        public Task<object> CallAsync(MockCallArgs args)
        {
            lock (Calls) Calls.Add(args);
            return Task.FromResult(call?.Invoke(args) ?? throw new NotSupportedException(args.Token));
        }
    }

    private static readonly Func<MockResourceArgs, (string?, object)> EchoInputs = a => ($"{a.Name}-id", a.Inputs);

    private static (ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs) Test(IMocks mocks, Action program, bool preview = false) =>
        Deployment.TestAsync(mocks, new TestOptions { IsPreview = preview }, () => { program(); return new Dictionary<string, object?>(); })
            .GetAwaiter().GetResult();

    [Test]
    public void A_mock_gets_the_inputs_by_provider_name_as_plain_wire_values()
    {
        var mocks = new ScriptedMocks(EchoInputs);
        Test(mocks, () => new Aws.Ec2.Instance("vm", new Aws.Ec2.InstanceArgs
        {
            Ami = Output.CreateSecret("ami-1"),
            MetadataOptions = new Aws.Ec2.Inputs.InstanceMetadataOptionsArgs { HttpTokens = "required", HttpPutResponseHopLimit = 1 },
            Tags = { ["team"] = "ml" },
            VpcSecurityGroupIds = { "sg-1", Output.Create("sg-2") },
        }));

        var sent = mocks.Resources.Single();
        Assert.That((sent.Type, sent.Name), Is.EqualTo(("aws:ec2/instance:Instance", "vm")));
        var inputs = new ResourceInputs(sent.Inputs, "vm");
        Assert.Multiple(() =>
        {
            Assert.That(inputs.String("ami"), Is.EqualTo("ami-1"), "a secret input arrives as its value");
            Assert.That(inputs.Map("metadataOptions").Value("httpPutResponseHopLimit"), Is.EqualTo(1.0).And.TypeOf<double>(), "numbers are doubles");
            Assert.That(inputs.Map("metadataOptions").String("httpTokens"), Is.EqualTo("required"));
            Assert.That(inputs.Map("metadataOptions").Has("httpEndpoint"), Is.False, "unset nested inputs are left out");
            Assert.That(inputs.StringMap("tags"), Is.EqualTo(new Dictionary<string, string> { ["team"] = "ml" }));
            Assert.That(inputs.Strings("vpcSecurityGroupIds"), Is.EqualTo(new[] { "sg-1", "sg-2" }));
            Assert.That(inputs.Has("keyName"), Is.False, "unset inputs are left out");
        });
    }

    [Test]
    public void Outputs_are_the_state_the_mock_returns_and_what_it_leaves_out_is_null_in_an_update_and_unknown_in_a_preview()
    {
        var mocks = new ScriptedMocks(a => ("b-id", new Dictionary<string, object> { ["bucket"] = "b-123" }));
        foreach (var preview in new[] { false, true })
        {
            Aws.S3.Bucket bucket = null!;
            var ran = false;
            Output<string> derived = null!;
            Test(mocks, () =>
            {
                bucket = new Aws.S3.Bucket("b");
                derived = bucket.Arn.Apply(arn => { ran = true; return $"{arn}/*"; });
            }, preview);
            Assert.Multiple(() =>
            {
                Assert.That(Values.Of(bucket.Id), Is.EqualTo("b-id"), $"preview={preview}");
                Assert.That(Values.Of(bucket.BucketName), Is.EqualTo("b-123"), $"preview={preview}");
                Assert.That(Values.IsKnown(bucket.Arn), Is.EqualTo(!preview), $"preview={preview}: arn known");
                Assert.That(ran, Is.EqualTo(!preview), $"preview={preview}: Apply runs only on a known value during a preview");
                Assert.That(Values.IsKnown(derived), Is.EqualTo(!preview), $"preview={preview}: derived known");
            });
            if (!preview) Assert.That(Values.Of(bucket.Arn), Is.Null);
        }
    }

    [Test]
    public void A_custom_resource_the_mock_gives_no_id_has_an_unknown_id_and_a_component_reaches_the_mock_too()
    {
        var mocks = new ScriptedMocks(a => (null, a.Inputs));
        Aws.S3.Bucket bucket = null!;
        var (resources, _) = Test(mocks, () =>
        {
            var group = new ComponentResource("test:index:Group", "group");
            bucket = new Aws.S3.Bucket("b", null, new CustomResourceOptions { Parent = group });
        });
        Assert.That(Values.IsKnown(bucket.Id), Is.False);
        Assert.That(mocks.Resources.Select(r => (r.Type, r.Name)), Is.EqualTo(new[] { ("test:index:Group", "group"), ("aws:s3/bucket:Bucket", "b") }));
        Assert.That(resources.Select(r => r.GetResourceName()), Is.EquivalentTo(new[] { "group", "b" }), "the test's own stack is not returned");
    }

    [Test]
    public void A_provider_function_is_answered_by_call_async_with_the_result_fields_by_name()
    {
        var mocks = new ScriptedMocks(EchoInputs, call => new Dictionary<string, object> { ["value"] = $"value of {call.Args["name"]}", ["version"] = 3 });
        Output<Aws.Ssm.GetParameterResult> result = null!;
        Test(mocks, () => result = Aws.Ssm.GetParameter.Invoke(new Aws.Ssm.GetParameterInvokeArgs { Name = "/a/b" }));
        Assert.That(mocks.Calls.Single().Token, Is.EqualTo("aws:ssm/getParameter:getParameter"));
        Assert.That(mocks.Calls.Single().Args, Is.EquivalentTo(new Dictionary<string, object> { ["name"] = "/a/b" }));
        Assert.That(Values.Of(result.Apply(r => (r.Value, r.Version))), Is.EqualTo(("value of /a/b", 3)));
    }

    [Test]
    public void Secrets_taint_what_is_derived_from_them()
    {
        var (_, outputs) = Deployment.TestAsync(new ScriptedMocks(EchoInputs), new TestOptions { IsPreview = false }, () =>
        {
            var secret = Output.CreateSecret("k");
            return new Dictionary<string, object?>
            {
                ["applied"] = secret.Apply(s => s + "!"),
                ["formatted"] = Output.Format($"key={secret}"),
                ["tuple"] = Output.Tuple(Output.Create(1), secret).Apply(t => $"{t.Item1}{t.Item2}"),
                ["all"] = Output.All(Output.Create("a"), secret).Apply(a => string.Concat(a)),
                ["plain"] = Output.Create("plain").Apply(s => s),
                ["mixed"] = Output.Format($"{Output.Create("a")}-{(Input<string>)"b"}-{3}"),
            };
        }).GetAwaiter().GetResult();
        string[] secrets = ["applied", "formatted", "tuple", "all"];
        Assert.That(secrets.Select(k => Values.IsSecret((Output<string>)outputs[k]!)), Is.All.True);
        Assert.That(Values.IsSecret((Output<string>)outputs["plain"]!), Is.False);
        Assert.That(Values.Of((Output<string>)outputs["mixed"]!), Is.EqualTo("a-b-3"));
        Assert.That(Values.Of((Output<string>)outputs["formatted"]!), Is.EqualTo("key=k"));
    }

    [Test]
    public async Task A_program_error_fails_the_test_run_with_its_message()
    {
        Func<IDictionary<string, object?>> program = () => throw new RunException("summarizer:x is 'y'");
        var e = await Assert.ThrowsAsync(Is.InstanceOf<RunException>(), () => Deployment.TestAsync(new ScriptedMocks(EchoInputs), new TestOptions(), program));
        Assert.That(e!.Message, Does.Contain("summarizer:x is 'y'"));
    }

    [Test]
    public void A_stack_transformation_sees_every_resource_with_its_options()
    {
        var options = ProgramUnderTest.Run(() =>
        {
            var group = new ComponentResource("test:index:Group", "group");
            var first = new Aws.S3.Bucket("first", null, new CustomResourceOptions { Parent = group });
            new Aws.S3.Bucket("second", null, new CustomResourceOptions { Parent = group, DependsOn = { first }, IgnoreChanges = { "bucket" } });
            return new Dictionary<string, object?>();
        }, () => Deployment.TestAsync<ProgramUnderTest>(new ScriptedMocks(EchoInputs), new TestOptions { IsPreview = false }).GetAwaiter().GetResult());
        var second = options.Single(o => o.Key.GetResourceName() == "second").Value;
        Assert.That(options.Keys.Select(r => r.GetResourceName()), Is.SupersetOf(new[] { "group", "first", "second" }));
        Assert.That(second.Parent!.GetResourceName(), Is.EqualTo("group"));
        Assert.That(second.IgnoreChanges, Is.EqualTo(new[] { "bucket" }));
        Assert.That(Values.Of(second.DependsOn.ToOutput()).Select(r => r.GetResourceName()), Is.EqualTo(new[] { "first" }));
    }

    [Test]
    public void Resources_outside_a_deployment_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => new Aws.S3.Bucket("orphan"));
}
