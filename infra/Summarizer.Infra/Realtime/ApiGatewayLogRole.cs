using Pulumi;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Realtime;

/// <summary>
/// The role API Gateway writes CloudWatch logs with, set in API Gateway's account settings for the region: a REST API
/// stage can log (access or execution logs) only once that setting names a role API Gateway may assume
/// (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html), and a new account has none.
/// The setting is one per account and region, shared by every REST API there; so all three resources are kept on
/// `pulumi destroy` (the provider's delete would reset the setting, and deleting the role would break every other
/// API's logs). summarizer:manageApiGatewayLogRole=false leaves the setting to whoever manages it.
/// </summary>
internal static class ApiGatewayLogRole
{
    /// <summary>What API Gateway does with the role: create log groups and streams and write events, in this account
    /// and region (the write half of AWS's AmazonAPIGatewayPushToCloudWatchLogs; nothing that reads logs).</summary>
    public static readonly string[] Actions =
        ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"];

    /// <summary>Creates the role, its policy and the account setting; returns the setting, which a stage that logs must wait for.</summary>
    public static Aws.ApiGateway.Account Create(string name, Output<AwsScope> scope, Resource parent)
    {
        var kept = new CustomResourceOptions { Parent = parent, RetainOnDelete = true };
        var role = new Aws.Iam.Role($"{name}-cloudwatch-role", new Aws.Iam.RoleArgs
        {
            Description = "API Gateway: writes the CloudWatch logs of this account's REST APIs in one region",
            AssumeRolePolicy = PolicyJson.AssumableBy("apigateway.amazonaws.com"),
        }, kept);
        var policy = new Aws.Iam.RolePolicy($"{name}-cloudwatch-logs", new Aws.Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = scope.Apply(Policy),
        }, kept);
        return new Aws.ApiGateway.Account($"{name}-account", new Aws.ApiGateway.AccountArgs
        {
            CloudwatchRoleArn = role.Arn,
        }, new CustomResourceOptions { Parent = parent, RetainOnDelete = true, DependsOn = { policy } });
    }

    internal static string Policy(AwsScope scope) => PolicyJson.Document(
        PolicyJson.Statement("Allow", Actions, [$"arn:{scope.Partition}:logs:{scope.Region}:{scope.AccountId}:log-group:*"]));
}
