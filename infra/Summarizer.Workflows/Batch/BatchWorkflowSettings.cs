namespace Summarizer.Workflows.Batch;

/// <summary>
/// The deploy-time values the batch workflow needs; everything else (bucket prefixes, the suffix filter, the job
/// table's key name) comes from <see cref="Summarizer.Contract.StorageLayout"/> and <see cref="JobTable"/>.
/// </summary>
/// <param name="InputBucket">Bucket users upload CSVs to (EventBridge notifications on).</param>
/// <param name="OutputBucket">Bucket receiving the staging object and the final summary.</param>
/// <param name="ArtifactsBucket">Bucket holding the published summarizer program.</param>
/// <param name="ProgramKey">Key of the program archive (.tar.gz with <c>summarizer</c> at its root), under
/// <see cref="Summarizer.Contract.StorageLayout.ArtifactsPrefix"/>, named by its content hash.</param>
/// <param name="ProgramSha256">SHA-256 (lower-case hex) of the program archive's bytes: the instance runs the program
/// only from an archive with exactly this hash.</param>
/// <param name="InstanceId">The EC2 worker instance.</param>
/// <param name="DocumentName">Name of the SSM Command document created from <see cref="RunSummarizerDocument"/>.</param>
/// <param name="JobTableName">The DynamoDB table described by <see cref="JobTable"/>.</param>
/// <param name="ModelVersion">The engine's model version, written into the result's metadata.</param>
public sealed record BatchWorkflowSettings(
    string InputBucket,
    string OutputBucket,
    string ArtifactsBucket,
    string ProgramKey,
    string ProgramSha256,
    string InstanceId,
    string DocumentName,
    string JobTableName,
    string ModelVersion);
