namespace Summarizer.Workflows.Batch;

/// <summary>
/// The deploy-time values the batch workflow needs; everything else (bucket prefixes, the suffix filter, the job
/// table's key name) comes from <see cref="Summarizer.Contract.StorageLayout"/> and <see cref="JobTable"/>.
/// </summary>
/// <param name="InputBucket">Bucket users upload CSVs to (EventBridge notifications on, versioning enabled: every
/// event names the object version, and the current version decides which summary is published).</param>
/// <param name="OutputBucket">Bucket receiving the staging object, the summary, its manifest and failure records.</param>
/// <param name="ArtifactsBucket">Bucket holding the published summarizer program.</param>
/// <param name="ProgramKey">Key of the program archive (.tar.gz with <c>summarizer</c> at its root), under
/// <see cref="Summarizer.Contract.StorageLayout.ArtifactsPrefix"/>, named by its content hash.</param>
/// <param name="ProgramSha256">SHA-256 (lower-case hex) of the program archive's bytes: the instance runs the program
/// only from an archive with exactly this hash.</param>
/// <param name="InstanceId">The EC2 worker instance.</param>
/// <param name="DocumentName">Name of the SSM Command document created from <see cref="RunSummarizerDocument"/>.</param>
/// <param name="JobTableName">The DynamoDB table described by <see cref="JobTable"/>.</param>
/// <param name="ModelVersion">The engine's model version, written into the result's metadata and manifest.</param>
/// <param name="NotificationTopicArn">SNS topic that gets every job's outcome (success or failure).</param>
/// <param name="MaxConcurrentJobs">At most this many summarizer runs on the worker at once (config
/// <c>summarizer:maxConcurrentJobs</c>, default 1).</param>
/// <param name="ExecutionArnPrefix"><see cref="WorkflowNames.ExecutionArnPrefix"/> of the stack's workflow names.</param>
/// <param name="ModelKey">Key of the stack's model artifact (config <c>summarizer:embeddings</c>) in the artifacts bucket,
/// or <see cref="RunSummarizerDocument.BundledModel"/>: the program's bundled word vectors.</param>
/// <param name="ModelSha256">SHA-256 of the model artifact's bytes (<see cref="RunSummarizerDocument.BundledModel"/>
/// without one): the worker uses only a file with exactly this hash.</param>
/// <param name="Options">The stack's default job options (config <c>summarizer:idColumn</c> ... <c>summarizer:ratio</c>);
/// an upload's S3 metadata may override each. Null: <see cref="BatchJobOptions.Default"/>.</param>
public sealed record BatchWorkflowSettings(
    string InputBucket,
    string OutputBucket,
    string ArtifactsBucket,
    string ProgramKey,
    string ProgramSha256,
    string InstanceId,
    string DocumentName,
    string JobTableName,
    string ModelVersion,
    string NotificationTopicArn,
    int MaxConcurrentJobs,
    string ExecutionArnPrefix,
    string ModelKey = RunSummarizerDocument.BundledModel,
    string ModelSha256 = RunSummarizerDocument.BundledModel,
    BatchJobOptions? Options = null);
