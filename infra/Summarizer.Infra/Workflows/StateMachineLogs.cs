using Pulumi;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>Logging and tracing settings shared by both state machines.</summary>
internal static class StateMachineLogs
{
    /// <summary>A log group under /aws/vendedlogs/, the prefix AWS recommends for Step Functions (it keeps the
    /// account's CloudWatch Logs resource policy small).</summary>
    public static Aws.CloudWatch.LogGroup LogGroup(string name, SummarizerConfig config, Resource parent) =>
        new($"{name}-logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = $"/aws/vendedlogs/states/{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}-{name}",
            RetentionInDays = config.LogRetentionDays,
        }, new CustomResourceOptions { Parent = parent });

    /// <summary>Every event logged; execution data only where it holds no user text.</summary>
    public static Aws.Sfn.Inputs.StateMachineLoggingConfigurationArgs Logging(Aws.CloudWatch.LogGroup logGroup, bool includeExecutionData) => new()
    {
        Level = "ALL",
        IncludeExecutionData = includeExecutionData,
        // Step Functions wants the log group ARN with the ":*" suffix.
        LogDestination = Output.Format($"{logGroup.Arn}:*"),
    };

    public static Aws.Sfn.Inputs.StateMachineTracingConfigurationArgs Tracing() => new() { Enabled = true };
}
