namespace Summarizer.Workflows.Batch;

/// <summary>
/// The DynamoDB table the batch workflows keep their bookkeeping in. One string partition key, no sort key, no
/// index; on-demand capacity fits (a few writes per job). Executions are named by their tag (see
/// <see cref="WorkflowNames"/>). Three kinds of item share it:
/// <list type="bullet">
/// <item><c>job#&lt;bucket&gt;/&lt;key&gt;#&lt;version id&gt;</c>: one per uploaded object version: status running, done or
/// failed, and the execution that has it. A duplicate delivery of a done or live job stops there; a failed job, or one
/// whose execution no longer runs, is taken over.</item>
/// <item><c>publish#&lt;bucket&gt;/&lt;key&gt;</c>: the execution publishing that key's summary right now (owner), so the
/// newest-version check and the copy happen together.</item>
/// <item><c>worker#&lt;instance id&gt;</c>: the executions that need the instance (<c>jobs</c>), those running a command
/// on it (<c>slots</c>, at most maxConcurrentJobs) and the one stopping it (<c>stopper</c>).</item>
/// </list>
/// </summary>
public static class JobTable
{
    /// <summary>Name of the partition key attribute (type S).</summary>
    public const string PartitionKey = "pk";

    /// <summary>DynamoDB attribute type of <see cref="PartitionKey"/>.</summary>
    public const string PartitionKeyType = "S";

    /// <summary>Partition key value of a job record.</summary>
    public static string JobRecordKey(string bucket, string key, string versionId) => $"job#{bucket}/{key}#{versionId}";

    /// <summary>Partition key value of the publish claim of a key.</summary>
    public static string PublishClaimKey(string bucket, string key) => $"publish#{bucket}/{key}";

    /// <summary>Partition key value of the worker item of an instance.</summary>
    public static string WorkerKey(string instanceId) => $"worker#{instanceId}";
}
