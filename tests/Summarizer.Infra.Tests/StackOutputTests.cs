using Pulumi.Aws.Ec2;
using Pulumi.Aws.S3;

namespace Summarizer.Infra.Tests;

public class StackOutputTests
{
    private StackRun _stack = null!;

    [OneTimeSetUp]
    public void Deploy() => _stack = StackRun.Dev();

    [Test]
    public void Bucket_outputs_name_the_input_and_output_buckets()
    {
        Assert.That(_stack.Output<string>("inputBucket"), Is.EqualTo(Values.Of(_stack.Named<Bucket, BucketArgs>("storage-input").Resource.BucketName)));
        Assert.That(_stack.Output<string>("outputBucket"), Is.EqualTo(Values.Of(_stack.Named<Bucket, BucketArgs>("storage-output").Resource.BucketName)));
    }

    [Test]
    public void The_instance_id_output_is_the_workers() =>
        Assert.That(_stack.Output<string>("workerInstanceId"), Is.EqualTo(Values.Of(_stack.Named<Instance, InstanceArgs>("worker").Resource.Id)));
}
