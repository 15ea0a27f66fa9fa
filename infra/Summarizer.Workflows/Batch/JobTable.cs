namespace Summarizer.Workflows.Batch;

/// <summary>
/// The DynamoDB table the batch workflow keeps its bookkeeping in. One string partition key, no sort key, no
/// index; on-demand capacity fits (a few writes per job). Two kinds of item share it:
/// <list type="bullet">
/// <item><c>job#&lt;bucket&gt;/&lt;key&gt;#&lt;etag&gt;</c>: one per uploaded object version, created only if absent,
/// so a duplicate EventBridge delivery of the same object is recognised and skipped.</item>
/// <item><c>worker#&lt;instance id&gt;</c>: the set of executions using the instance (<c>jobs</c>) and the
/// execution currently stopping it (<c>stopper</c>), so the last job out stops the instance exactly once.</item>
/// </list>
/// </summary>
public static class JobTable
{
    /// <summary>Name of the partition key attribute (type S).</summary>
    public const string PartitionKey = "pk";

    /// <summary>DynamoDB attribute type of <see cref="PartitionKey"/>.</summary>
    public const string PartitionKeyType = "S";

    /// <summary>Partition key value of a job record.</summary>
    public static string JobRecordKey(string bucket, string key, string etag) => $"job#{bucket}/{key}#{etag}";

    /// <summary>Partition key value of the worker item of an instance.</summary>
    public static string WorkerKey(string instanceId) => $"worker#{instanceId}";
}
