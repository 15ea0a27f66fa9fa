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
/// document and event pattern are Summarizer.Workflows' files, rendered with this stack's names.
/// </summary>
public sealed class BatchWorkflowComponent : ComponentResource
{
    public Aws.Sfn.StateMachine StateMachine { get; }

    /// <summary>The CloudWatch alarms on failed and timed-out runs (their names carry Pulumi's random suffix).</summary>
    public IReadOnlyList<Aws.CloudWatch.MetricAlarm> Alarms { get; }

    public BatchWorkflowComponent(string name, SummarizerConfig config, Output<AwsScope> scope, StorageComponent storage,
        WorkerComponent worker, ArtifactsComponent artifacts, string modelVersion, ComponentResourceOptions? options = null)
        : base("summarizer:workflows:BatchWorkflow", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };

        var jobTable = new Aws.DynamoDB.Table($"{name}-jobs", new Aws.DynamoDB.TableArgs
        {
            BillingMode = "PAY_PER_REQUEST",
            HashKey = JobTable.PartitionKey,
            Attributes = { new Aws.DynamoDB.Inputs.TableAttributeArgs { Name = JobTable.PartitionKey, Type = JobTable.PartitionKeyType } },
        }, child);

        var document = new Aws.Ssm.Document($"{name}-run-summarizer", new Aws.Ssm.DocumentArgs
        {
            Content = RunSummarizerDocument.Content(),
            DocumentType = RunSummarizerDocument.DocumentType,
            DocumentFormat = RunSummarizerDocument.DocumentFormat,
        }, child);

        var definition = Output.All(storage.Input.Name, storage.Output.Name, storage.Artifacts.Name, worker.Instance.Id,
                document.Name, jobTable.Name)
            .Apply(v => BatchWorkflow.StateMachine(new BatchWorkflowSettings(
                InputBucket: v[0], OutputBucket: v[1], ArtifactsBucket: v[2], ProgramKey: artifacts.WorkerProgramKey,
                ProgramSha256: artifacts.WorkerProgramSha256,
                InstanceId: v[3], DocumentName: v[4], JobTableName: v[5], ModelVersion: modelVersion)));

        var role = new StateMachineRole(name, scope, definition, this);
        var logs = StateMachineLogs.LogGroup(name, config, this);
        StateMachine = new Aws.Sfn.StateMachine(name, new Aws.Sfn.StateMachineArgs
        {
            Type = "STANDARD",
            Definition = definition,
            RoleArn = role.Role.Arn,
            // Batch execution data is the S3 event and command ids: object keys, never file contents.
            LoggingConfiguration = StateMachineLogs.Logging(logs, includeExecutionData: true),
            TracingConfiguration = StateMachineLogs.Tracing(),
        }, new CustomResourceOptions
        {
            Parent = this,
            // The program must be in place before a run can fetch it; the role before a run can act.
            DependsOn = { artifacts.WorkerProgram, role.Policies[0], role.Policies[1] },
        });

        Trigger(name, storage, child);
        Alarms = CreateAlarms(name);
        RegisterOutputs();
    }

    // "Object Created" of a CSV in the input bucket → a new execution, started by a role that may start only it.
    private void Trigger(string name, StorageComponent storage, CustomResourceOptions child)
    {
        var rule = new Aws.CloudWatch.EventRule($"{name}-on-upload", new Aws.CloudWatch.EventRuleArgs
        {
            Description = "A CSV uploaded to the input bucket starts a batch summarization",
            EventPattern = storage.Input.Name.Apply(BatchWorkflow.EventPattern),
        }, child);
        var eventsRole = new Aws.Iam.Role($"{name}-events-role", new Aws.Iam.RoleArgs
        {
            AssumeRolePolicy = PolicyJson.AssumableBy("events.amazonaws.com"),
        }, child);
        var startOnly = new Aws.Iam.RolePolicy($"{name}-events-start", new Aws.Iam.RolePolicyArgs
        {
            Role = eventsRole.Name,
            Policy = StateMachine.Arn.Apply(arn => PolicyJson.Document(PolicyJson.Statement("Allow", ["states:StartExecution"], [arn]))),
        }, child);
        new Aws.CloudWatch.EventTarget($"{name}-start-execution", new Aws.CloudWatch.EventTargetArgs
        {
            Rule = rule.Name,
            Arn = StateMachine.Arn,
            RoleArn = eventsRole.Arn,
        }, new CustomResourceOptions { Parent = this, DependsOn = { startOnly } });
    }

    // A failed or timed-out run alarms within five minutes (add an SNS action to be notified).
    private List<Aws.CloudWatch.MetricAlarm> CreateAlarms(string name) =>
        new[] { "ExecutionsFailed", "ExecutionsTimedOut" }.Select(metric =>
            new Aws.CloudWatch.MetricAlarm($"{name}-{metric}", new Aws.CloudWatch.MetricAlarmArgs
            {
                AlarmDescription = $"Batch summarization: {metric} (see the state machine's executions)",
                Namespace = "AWS/States",
                MetricName = metric,
                Dimensions = { { "StateMachineArn", StateMachine.Arn } },
                Statistic = "Sum",
                Period = 300,
                EvaluationPeriods = 1,
                Threshold = 1,
                ComparisonOperator = "GreaterThanOrEqualToThreshold",
                TreatMissingData = "notBreaching",
            }, new CustomResourceOptions { Parent = this })).ToList();
}
