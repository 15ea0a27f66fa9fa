namespace Pulumi.Aws;

// Mirrors pulumi/pulumi-aws sdk/dotnet/GetPartition.cs (Pulumi.Aws 7.x): the Invoke form. A test's mocks answer it
// (IMocks.CallAsync) with the result's fields by name.

/// <summary>The AWS partition (aws, aws-cn, aws-us-gov) the provider deploys to.</summary>
public static class GetPartition
{
    public static Output<GetPartitionResult> Invoke(GetPartitionInvokeArgs? args = null, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionInvokeArgs(), options);
}

public sealed class GetPartitionInvokeArgs : global::Pulumi.InvokeArgs
{
    public GetPartitionInvokeArgs()
    {
    }
    public static new GetPartitionInvokeArgs Empty => new GetPartitionInvokeArgs();
}

[OutputType]
public sealed class GetPartitionResult
{
    public readonly string DnsSuffix;
    public readonly string Id;
    public readonly string Partition;
    public readonly string ReverseDnsPrefix;

    [OutputConstructor]
    private GetPartitionResult(string dnsSuffix, string id, string partition, string reverseDnsPrefix)
    {
        DnsSuffix = dnsSuffix;
        Id = id;
        Partition = partition;
        ReverseDnsPrefix = reverseDnsPrefix;
    }
}
