using Pulumi;
using Summarizer.Contract;
using Summarizer.Engine;
using Summarizer.Infra.Artifacts;
using Summarizer.Infra.Realtime;
using Summarizer.Infra.Storage;
using Summarizer.Infra.Worker;
using Summarizer.Infra.Workflows;
using Summarizer.Workflows.Batch;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra;

/// <summary>The whole system, one component per part of the architecture; returns the stack outputs.</summary>
public static class SummarizerStack
{
    public static IDictionary<string, object?> Define(SummarizerConfig config, IArtifactBuilder builder)
    {
        var scope = Output.Tuple(Aws.GetPartition.Invoke(), Aws.GetCallerIdentity.Invoke())
            .Apply(t => new AwsScope(t.Item1.Partition, config.Region, t.Item2.AccountId));

        var storage = new StorageComponent("storage", config);
        var artifacts = new ArtifactsComponent("artifacts", builder, storage.Artifacts, config.Embeddings);
        var worker = new WorkerComponent("worker", config, storage);
        // Both batch state machines are named from the stack, so each can address the other's executions by ARN.
        var names = new WorkflowNames($"{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}-");
        if (names.Problem() is { } problem)
            throw new RunException($"The stack '{Deployment.Instance.StackName}' cannot be deployed: {problem}. Use a stack named with letters, digits, - and _ only, short enough (`pulumi stack init <name>`).");
        var notifications = new NotificationComponent("notifications", config);
        var batch = new BatchWorkflowComponent("batch", config, scope, names, storage, worker, artifacts, notifications,
            modelVersion: artifacts.ModelVersion);
        new CleanupWorkflowComponent("cleanup", config, scope, names, batch);

        var function = new FunctionComponent("summarize", config, artifacts, storage.Artifacts.Name);
        var realtime = new RealtimeWorkflowComponent("realtime", config, scope, function.Function);
        var api = new ApiComponent("api", config, scope, realtime.StateMachine);

        var outputs = new Dictionary<string, object?>
        {
            ["inputBucket"] = storage.Input.Name,
            ["outputBucket"] = storage.Output.Name,
            ["summarizeUrl"] = api.SummarizeUrl,
            ["batchStateMachineArn"] = batch.StateMachine.Arn,
            ["realtimeStateMachineArn"] = realtime.StateMachine.Arn,
            ["workerInstanceId"] = worker.Instance.Id,
            ["batchExecutionsConsoleUrl"] = batch.StateMachine.Arn.Apply(arn => ConsoleLinks.StateMachineExecutions(config.Region, arn)),
            ["batchAlarmNames"] = Output.All(batch.Alarms.Select(a => a.Name).ToArray()),
            ["notificationTopicArn"] = notifications.Topic.Arn,
            ["resultKeyPattern"] = Output.Create(StorageLayout.ResultKeyPattern),
        };
        // Secret by the program's own word, not only because the provider marks the key's value secret: Pulumi's
        // engine is told only through the output itself. `pulumi stack output apiKey --show-secrets` shows it.
        if (api.ApiKey is not null) outputs["apiKey"] = Output.CreateSecret(api.ApiKey);
        return outputs;
    }
}
