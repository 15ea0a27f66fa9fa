using Pulumi;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>A role that one AWS service (an EventBridge rule, an EventBridge Scheduler schedule) assumes to start
/// executions of exactly one state machine, and nothing else.</summary>
internal sealed class StartExecutionRole
{
    public Aws.Iam.Role Role { get; }

    /// <summary>The policy, for the trigger to depend on (a trigger without it fails its first delivery).</summary>
    public Aws.Iam.RolePolicy Policy { get; }

    public StartExecutionRole(string name, string servicePrincipal, Output<string> stateMachineArn, Resource parent)
    {
        var child = new CustomResourceOptions { Parent = parent };
        Role = new Aws.Iam.Role($"{name}-role", new Aws.Iam.RoleArgs
        {
            AssumeRolePolicy = PolicyJson.AssumableBy(servicePrincipal),
        }, child);
        Policy = new Aws.Iam.RolePolicy($"{name}-start", new Aws.Iam.RolePolicyArgs
        {
            Role = Role.Name,
            Policy = stateMachineArn.Apply(arn => PolicyJson.Document(PolicyJson.Statement("Allow", ["states:StartExecution"], [arn]))),
        }, child);
    }
}
