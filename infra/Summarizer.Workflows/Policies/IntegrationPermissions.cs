using System.Text.Json.Nodes;

namespace Summarizer.Workflows.Policies;

/// <summary>
/// Maps one Task state's service integration to the IAM actions and resources it needs. Only integrations the
/// project uses are known; any other fails loudly, so a new integration cannot deploy without its permissions
/// being thought through.
/// </summary>
internal static class IntegrationPermissions
{
    /// <summary>
    /// Actions IAM authorizes only on <c>*</c> (they support no resource-level permissions, per the Service
    /// Authorization Reference), with the reason. These are the documented exceptions to scoping.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> WildcardOnly = new Dictionary<string, string>
    {
        ["ec2:DescribeInstances"] = "EC2 Describe* actions support no resource-level permissions.",
        ["ssm:DescribeInstanceInformation"] = "Lists managed nodes; SSM supports no resource-level permission for it.",
        ["ssm:GetCommandInvocation"] = "Command invocations are not IAM resources; SSM allows it only on *.",
        ["ssm:CancelCommand"] = "Commands are not IAM resources; the Service Authorization Reference lists no resource type for it.",
    };

    public static IEnumerable<Permission> For(TaskState task, AwsScope scope, IReadOnlyDictionary<string, List<string>> assignments)
    {
        var (service, api) = Parse(task);
        var p = task.Parameters;
        ValueScope Value(string name) => ValueScope.OfParameter(p, name, assignments);

        switch ($"{service}:{api}")
        {
            case "aws-sdk:ec2:startInstances":
                return Instances(task, scope).Select(r => new Permission("ec2:StartInstances", r));
            case "aws-sdk:ec2:stopInstances":
                return Instances(task, scope).Select(r => new Permission("ec2:StopInstances", r));
            case "aws-sdk:ec2:describeInstances":
                return [new Permission("ec2:DescribeInstances", "*")];
            case "aws-sdk:ssm:describeInstanceInformation":
                return [new Permission("ssm:DescribeInstanceInformation", "*")];
            case "aws-sdk:ssm:getCommandInvocation":
                return [new Permission("ssm:GetCommandInvocation", "*")];
            case "aws-sdk:ssm:cancelCommand":
                return [new Permission("ssm:CancelCommand", "*")];
            case "aws-sdk:ssm:sendCommand":
            {
                var document = Exact(task, Value("DocumentName"), "DocumentName");
                var documentArn = document.StartsWith("arn:", StringComparison.Ordinal) ? document : scope.Arn("ssm", $"document/{document}");
                return Instances(task, scope).Prepend(documentArn).Select(r => new Permission("ssm:SendCommand", r));
            }
            case "aws-sdk:s3:copyObject":
            {
                // CopySource is "bucket/key": read on the source, write on the target.
                var source = Value("CopySource");
                int slash = source.Prefix.IndexOf('/');
                if (slash <= 0)
                    throw Unscoped(task, "CopySource", "its bucket is not a literal");
                var sourceBucket = source.Prefix[..slash];
                var sourceKey = new ValueScope(source.Prefix[(slash + 1)..], source.Exact);
                return
                [
                    new Permission("s3:GetObject", S3Object(task, scope, sourceBucket, sourceKey, "CopySource")),
                    new Permission("s3:PutObject", S3Object(task, scope, Exact(task, Value("Bucket"), "Bucket"), Value("Key"), "Key")),
                ];
            }
            case "aws-sdk:s3:deleteObject":
                return [new Permission("s3:DeleteObject", S3Object(task, scope, Exact(task, Value("Bucket"), "Bucket"), Value("Key"), "Key"))];
            case "aws-sdk:s3:headObject":
            case "aws-sdk:s3:getObject":
            {
                // Reading is the one case where a key without a literal prefix is scoped to its whole (literal) bucket:
                // the batch workflow asks for the current version of whatever key was uploaded. Writes and deletes
                // still refuse it.
                var bucket = Exact(task, Value("Bucket"), "Bucket");
                var key = Value("Key");
                var resource = !key.Exact && key.Prefix.Length == 0 ? scope.S3Object(bucket, "*") : S3Object(task, scope, bucket, key, "Key");
                // A read of one version (VersionId) needs s3:GetObjectVersion instead of s3:GetObject
                // (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html, versionId).
                bool versioned = p is not null && (p.ContainsKey("VersionId") || p.ContainsKey("VersionId.$"));
                return [new Permission(versioned ? "s3:GetObjectVersion" : "s3:GetObject", resource)];
            }
            case "aws-sdk:s3:putObject":
                return [new Permission("s3:PutObject", S3Object(task, scope, Exact(task, Value("Bucket"), "Bucket"), Value("Key"), "Key"))];
            case "dynamodb:getItem":
            case "dynamodb:putItem":
            case "dynamodb:updateItem":
            case "dynamodb:deleteItem":
            {
                var table = Exact(task, Value("TableName"), "TableName");
                var tableArn = table.StartsWith("arn:", StringComparison.Ordinal) ? table : scope.Arn("dynamodb", $"table/{table}");
                return [new Permission("dynamodb:" + char.ToUpperInvariant(api[0]) + api[1..], tableArn)];
            }
            case "sns:publish":
                return [new Permission("sns:Publish", Exact(task, Value("TopicArn"), "TopicArn"))];
            case "aws-sdk:sfn:describeExecution":
            {
                // Scoped to the executions whose ARN starts with the literal prefix (the stack's own state machines).
                var execution = Value("ExecutionArn");
                if (!execution.Prefix.StartsWith("arn:", StringComparison.Ordinal) || !execution.Prefix.Contains(":execution:", StringComparison.Ordinal))
                    throw Unscoped(task, "ExecutionArn", "it has no literal execution ARN prefix");
                return [new Permission("states:DescribeExecution", execution.Pattern)];
            }
            case "lambda:invoke":
            {
                var function = Exact(task, Value("FunctionName"), "FunctionName");
                var functionArn = function.StartsWith("arn:", StringComparison.Ordinal) ? function : scope.Arn("lambda", $"function:{function}");
                // Qualified ARNs (a version or alias) are distinct IAM resources.
                return [new Permission("lambda:InvokeFunction", functionArn), new Permission("lambda:InvokeFunction", functionArn + ":*")];
            }
            default:
                throw new NotSupportedException(
                    $"Task state '{task.Name}' uses {task.Resource}, which PolicyDerivation does not know: add its IAM actions to {nameof(IntegrationPermissions)}.");
        }
    }

    /// <summary>("aws-sdk:ec2", "startInstances") from arn:aws:states:::aws-sdk:ec2:startInstances; ("dynamodb", "putItem") from
    /// arn:aws:states:::dynamodb:putItem. Integration-pattern suffixes other than none are refused (they need more permissions).</summary>
    private static (string Service, string Api) Parse(TaskState task)
    {
        var parts = task.Resource.Split(':');
        if (parts.Length < 7 || parts[0] != "arn" || parts[2] != "states")
            throw new NotSupportedException($"Task state '{task.Name}': Resource {task.Resource} is not a Step Functions service integration.");
        var rest = parts[5..];
        var service = rest[0] == "aws-sdk" && rest.Length == 3 ? $"aws-sdk:{rest[1]}" : rest[0];
        var api = rest[^1];
        if (api.Contains('.'))
            throw new NotSupportedException($"Task state '{task.Name}': integration pattern '{api[api.IndexOf('.')..]}' is not supported by PolicyDerivation.");
        return (service, api);
    }

    private static IEnumerable<string> Instances(TaskState task, AwsScope scope)
    {
        if (task.Parameters?["InstanceIds"] is not JsonArray ids || ids.Count == 0)
            throw Unscoped(task, "InstanceIds", "it is not a literal list");
        return ids.Select(id => scope.Arn("ec2", $"instance/{(string?)id}"));
    }

    private static string S3Object(TaskState task, AwsScope scope, string bucket, ValueScope key, string parameter)
    {
        if (!key.Exact && key.Prefix.Length == 0)
            throw Unscoped(task, parameter, "its key has no literal prefix (a policy on the whole bucket is refused)");
        return scope.S3Object(bucket, key.Pattern);
    }

    private static string Exact(TaskState task, ValueScope value, string parameter) =>
        value.Exact ? value.Prefix : throw Unscoped(task, parameter, "it is not a literal");

    private static InvalidOperationException Unscoped(TaskState task, string parameter, string why) =>
        new($"Task state '{task.Name}': cannot scope the policy to parameter {parameter}: {why}.");
}
