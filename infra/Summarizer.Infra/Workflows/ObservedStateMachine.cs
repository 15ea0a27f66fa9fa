using Pulumi;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// A state machine as every workflow here deploys it: its execution role derived from the definition
/// (<see cref="StateMachineRole"/>), its log group with retention, every event logged, X-Ray tracing, and created only
/// once its role's policies exist (its first execution needs them).
/// </summary>
internal static class ObservedStateMachine
{
    /// <param name="name">Logical name (and log group suffix).</param>
    /// <param name="machineName">The AWS name, where other workflows address it by name; null for Pulumi's auto-name.</param>
    /// <param name="type">STANDARD or EXPRESS.</param>
    /// <param name="includeExecutionData">Whether the logs carry execution data (never where it holds user text).</param>
    /// <param name="dependsOn">What else must exist before the first execution.</param>
    public static Aws.Sfn.StateMachine Create(string name, string? machineName, string type, Output<string> definition,
        Output<AwsScope> scope, SummarizerConfig config, bool includeExecutionData, Resource parent, params Resource[] dependsOn)
    {
        var role = new StateMachineRole(name, scope, definition, parent);
        var logs = StateMachineLogs.LogGroup(name, config, parent);
        var options = new CustomResourceOptions { Parent = parent };
        foreach (var dependency in role.Policies.Concat(dependsOn)) options.DependsOn.Add(dependency);
        var args = new Aws.Sfn.StateMachineArgs
        {
            Type = type,
            Definition = definition,
            RoleArn = role.Role.Arn,
            LoggingConfiguration = StateMachineLogs.Logging(logs, includeExecutionData),
            TracingConfiguration = StateMachineLogs.Tracing(),
        };
        if (machineName is not null) args.Name = machineName;
        return new Aws.Sfn.StateMachine(name, args, options);
    }
}
