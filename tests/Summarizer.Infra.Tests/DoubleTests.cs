using Pulumi;
using Pulumi.Testing;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Tests;

/// <summary>The test double behaves like Pulumi with mocks where the other tests rely on it.</summary>
public class DoubleTests
{
    [Test]
    public void Outputs_echo_the_inputs_of_the_same_name_and_fake_the_rest()
    {
        var run = DoubleRun.Run(() =>
        {
            new Aws.Ec2TransitGateway.InstanceState("s", new Aws.Ec2TransitGateway.InstanceStateArgs { InstanceId = "i-1", State = "stopped" });
            new Aws.S3.Bucket("b");
            return new Dictionary<string, object?>();
        });
        var state = (Aws.Ec2TransitGateway.InstanceState)run.Resources[0].Resource;
        var bucket = (Aws.S3.Bucket)run.Resources[1].Resource;
        Assert.That(Values.Of(state.State), Is.EqualTo("stopped"));
        Assert.That(Values.Of(state.InstanceId), Is.EqualTo("i-1"));
        Assert.That(Values.Of(bucket.BucketName), Does.StartWith("b-"), "auto-named like Pulumi");
        Assert.That(Values.Of(bucket.Arn), Is.EqualTo($"arn:aws:s3:::{Values.Of(bucket.BucketName)}"));
    }

    [Test]
    public void Secrets_taint_what_is_derived_from_them()
    {
        var secret = Output.CreateSecret("k");
        Assert.That(Values.IsSecret(secret.Apply(s => s + "!")), Is.True);
        Assert.That(Values.IsSecret(Output.Format($"key={secret}")), Is.True);
        Assert.That(Values.IsSecret(Output.Tuple(Output.Create(1), secret)), Is.True);
        Assert.That(Values.IsSecret(Output.Create("plain").Apply(s => s)), Is.False);
        Assert.That(Values.Of(Output.Format($"{Output.Create("a")}-{(Input<string>)"b"}-{3}")), Is.EqualTo("a-b-3"));
    }

    [Test]
    public void A_duplicate_resource_name_fails_like_a_duplicate_urn() =>
        Assert.Throws<InvalidOperationException>(() => DoubleRun.Run(() =>
        {
            new Aws.S3.Bucket("same");
            new Aws.S3.Bucket("same");
            return new Dictionary<string, object?>();
        }));

    [Test]
    public void Resources_outside_a_run_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => new Aws.S3.Bucket("orphan"));
}
