using Pulumi;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// The execution role of a state machine: exactly what its definition calls, as Summarizer.Workflows derives it
/// from the rendered definition, plus what logging and tracing need (not part of a definition).
/// </summary>
public sealed class StateMachineRole
{
    /// <summary>Step Functions log delivery and X-Ray actions; IAM allows them only on "*" (documented in the
    /// Step Functions guide, "IAM policies for logging to CloudWatch Logs" and "X-Ray tracing").</summary>
    public static readonly string[] ObservabilityActions =
    [
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
        "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets",
    ];

    public Aws.Iam.Role Role { get; }

    /// <summary>The policies, for the state machine to depend on (its first execution needs them).</summary>
    public IReadOnlyList<Resource> Policies { get; }

    public StateMachineRole(string name, Output<AwsScope> scope, Output<string> definition, Resource parent)
    {
        var child = new CustomResourceOptions { Parent = parent };
        Role = new Aws.Iam.Role($"{name}-role", new Aws.Iam.RoleArgs
        {
            AssumeRolePolicy = PolicyJson.AssumableBy("states.amazonaws.com"),
        }, child);
        Policies =
        [
            new Aws.Iam.RolePolicy($"{name}-definition", new Aws.Iam.RolePolicyArgs
            {
                Role = Role.Name,
                Policy = Output.Tuple(scope, definition).Apply(t => PolicyDerivation.PolicyDocument(t.Item1, t.Item2)),
            }, child),
            new Aws.Iam.RolePolicy($"{name}-observability", new Aws.Iam.RolePolicyArgs
            {
                Role = Role.Name,
                Policy = PolicyJson.Document(PolicyJson.Statement("Allow", ObservabilityActions, ["*"])),
            }, child),
        ];
    }
}
