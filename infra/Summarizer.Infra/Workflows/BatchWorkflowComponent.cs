using Pulumi;
using Summarizer.Infra.Artifacts;
using Summarizer.Infra.Storage;
using Summarizer.Infra.Worker;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// The batch path: an upload to the input bucket (EventBridge rule) starts the Standard state machine, which
/// starts the worker, runs the SSM document on it, publishes the result and stops the worker. The definition,
/// document and event pattern are Summarizer.Workflows' files, rendered with this stack's names. The clean-up and
/// reconciler workflow (<see cref="CleanupWorkflowComponent"/>) shares its table, topic and names.
/// </summary>
public sealed class BatchWorkflowComponent : ComponentResource
{
    public Aws.Sfn.StateMachine StateMachine { get; }

    /// <summary>The job table (job records, publish claims, the worker item).</summary>
    public Aws.DynamoDB.Table JobTable { get; }

    /// <summary>The settings the definition was rendered with (the clean-up workflow takes its own from them).</summary>
    public Output<BatchWorkflowSettings> Settings { get; }

    /// <summary>The CloudWatch alarms on failed and timed-out runs and on undelivered upload events (their names carry
    /// Pulumi's random suffix).</summary>
    public IReadOnlyList<Aws.CloudWatch.MetricAlarm> Alarms { get; }

    public BatchWorkflowComponent(string name, SummarizerConfig config, Output<AwsScope> scope, WorkflowNames names,
        StorageComponent storage, WorkerComponent worker, ArtifactsComponent artifacts, NotificationComponent notifications,
        string modelVersion, ComponentResourceOptions? options = null)
        : base("summarizer:workflows:BatchWorkflow", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };

        JobTable = new Aws.DynamoDB.Table($"{name}-jobs", new Aws.DynamoDB.TableArgs
        {
            BillingMode = "PAY_PER_REQUEST",
            HashKey = Summarizer.Workflows.Batch.JobTable.PartitionKey,
            Attributes =
            {
                new Aws.DynamoDB.Inputs.TableAttributeArgs
                {
                    Name = Summarizer.Workflows.Batch.JobTable.PartitionKey, Type = Summarizer.Workflows.Batch.JobTable.PartitionKeyType,
                },
            },
        }, child);

        var document = new Aws.Ssm.Document($"{name}-run-summarizer", new Aws.Ssm.DocumentArgs
        {
            Content = RunSummarizerDocument.Content(),
            DocumentType = RunSummarizerDocument.DocumentType,
            DocumentFormat = RunSummarizerDocument.DocumentFormat,
        }, child);

        Settings = Output.Tuple(scope, Output.All(storage.Input.Name, storage.Output.Name, storage.Artifacts.Name, worker.Instance.Id,
                document.Name, JobTable.Name, notifications.Topic.Arn))
            .Apply(t => new BatchWorkflowSettings(
                InputBucket: t.Item2[0], OutputBucket: t.Item2[1], ArtifactsBucket: t.Item2[2],
                ProgramKey: artifacts.WorkerProgramKey, ProgramSha256: artifacts.WorkerProgramSha256,
                InstanceId: t.Item2[3], DocumentName: t.Item2[4], JobTableName: t.Item2[5], ModelVersion: modelVersion,
                NotificationTopicArn: t.Item2[6], MaxConcurrentJobs: config.MaxConcurrentJobs,
                ExecutionArnPrefix: names.ExecutionArnPrefix(t.Item1),
                ModelKey: artifacts.StackModel?.Key ?? RunSummarizerDocument.BundledModel,
                ModelSha256: artifacts.StackModel?.Sha256 ?? RunSummarizerDocument.BundledModel,
                Options: config.BatchOptions()));
        var definition = Settings.Apply(BatchWorkflow.StateMachine);

        // Named, not auto-named: the clean-up workflow asks Step Functions about this machine's executions by ARN.
        // Execution data is the S3 event and command ids: object keys, never file contents. The program (and the
        // stack's model) must be in place before a run can fetch it.
        StateMachine = ObservedStateMachine.Create(name, names.BatchStateMachine, "STANDARD", definition, scope, config,
            includeExecutionData: true, this, [artifacts.WorkerProgram, .. artifacts.StackModel is { } model ? [model.Object] : Array.Empty<Resource>()]);

        var undelivered = Trigger(name, storage, notifications);
        Alarms = [.. CreateAlarms(name, notifications), undelivered.Alarm];
        RegisterOutputs();
    }

    // "Object Created" of a CSV in the input bucket → a new execution, started by a role that may start only it; an
    // event that cannot start one is kept, with an alarm.
    private UploadEventDeadLetters Trigger(string name, StorageComponent storage, NotificationComponent notifications)
    {
        var rule = new Aws.CloudWatch.EventRule($"{name}-on-upload", new Aws.CloudWatch.EventRuleArgs
        {
            Description = "A CSV uploaded to the input bucket starts a batch summarization",
            EventPattern = storage.Input.Name.Apply(BatchWorkflow.EventPattern),
        }, new CustomResourceOptions { Parent = this });
        var events = new StartExecutionRole($"{name}-events", "events.amazonaws.com", StateMachine.Arn, this);
        var deadLetters = new UploadEventDeadLetters(name, rule, notifications, this);
        new Aws.CloudWatch.EventTarget($"{name}-start-execution", new Aws.CloudWatch.EventTargetArgs
        {
            Rule = rule.Name,
            Arn = StateMachine.Arn,
            RoleArn = events.Role.Arn,
            DeadLetterConfig = deadLetters.DeadLetterConfig,
            RetryPolicy = UploadEventDeadLetters.RetryPolicy,
        }, new CustomResourceOptions { Parent = this, DependsOn = { events.Policy } });
        return deadLetters;
    }

    // A failed or timed-out run alarms within five minutes, and tells the outcome topic (and again when it clears).
    private List<Aws.CloudWatch.MetricAlarm> CreateAlarms(string name, NotificationComponent notifications) =>
        new[] { "ExecutionsFailed", "ExecutionsTimedOut" }.Select(metric => notifications.AlarmOn($"{name}-{metric}",
            $"Batch summarization: {metric} (see the state machine's executions)", "AWS/States", metric, "Sum",
            "StateMachineArn", StateMachine.Arn, this)).ToList();
}
