using Pulumi.Testing;

namespace Pulumi.Aws;

// Mirrors pulumi/pulumi-aws sdk/dotnet/GetPartition.cs (Pulumi.Aws 7.x): the Invoke form.

/// <summary>The AWS partition (aws, aws-cn, aws-us-gov) the provider deploys to.</summary>
public static class GetPartition
{
    public static Output<GetPartitionResult> Invoke(GetPartitionInvokeArgs? args = null, InvokeOptions? options = null) =>
        Output.Create(DoubleRun.Current.Invoke("aws:index/getPartition:getPartition", args ?? new GetPartitionInvokeArgs(), _ =>
            new GetPartitionResult("amazonaws.com", "aws", "aws", "com.amazonaws")));
}

public sealed class GetPartitionInvokeArgs : global::Pulumi.InvokeArgs
{
    public GetPartitionInvokeArgs()
    {
    }
    public static new GetPartitionInvokeArgs Empty => new GetPartitionInvokeArgs();
}

public sealed class GetPartitionResult
{
    public readonly string DnsSuffix;
    public readonly string Id;
    public readonly string Partition;
    public readonly string ReverseDnsPrefix;

    internal GetPartitionResult(string dnsSuffix, string id, string partition, string reverseDnsPrefix)
    {
        DnsSuffix = dnsSuffix;
        Id = id;
        Partition = partition;
        ReverseDnsPrefix = reverseDnsPrefix;
    }
}
