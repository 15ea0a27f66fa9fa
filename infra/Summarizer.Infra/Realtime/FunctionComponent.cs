using Pulumi;
using Summarizer.Function;
using Summarizer.Infra.Artifacts;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Realtime;

/// <summary>
/// The summarizer Lambda function (OS-only runtime provided.al2023 running the package's own `bootstrap`, package
/// from the artifacts bucket) with its own log group. It calls no AWS API, so its role may only write its logs and traces.
/// </summary>
public sealed class FunctionComponent : ComponentResource
{
    public const int MemoryMiB = 1024;   // CPU scales with memory: faster cold start and summaries.
    public const int TimeoutSeconds = 10; // Inside the workflow task's 15 s and API Gateway's 29 s.

    public Aws.Lambda.Function Function { get; }

    public FunctionComponent(string name, SummarizerConfig config, ArtifactsComponent artifacts, Output<string> artifactsBucket,
        ComponentResourceOptions? options = null)
        : base("summarizer:realtime:Function", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };
        var logs = new Aws.CloudWatch.LogGroup($"{name}-logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = $"/aws/lambda/{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}-{name}",
            RetentionInDays = config.LogRetentionDays,
        }, child);
        var role = new Aws.Iam.Role($"{name}-role", new Aws.Iam.RoleArgs
        {
            AssumeRolePolicy = PolicyJson.AssumableBy("lambda.amazonaws.com"),
        }, child);
        var logAndTrace = new Aws.Iam.RolePolicy($"{name}-logs-and-traces", new Aws.Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = logs.Arn.Apply(FunctionPolicy),
        }, child);

        Function = new Aws.Lambda.Function(name, new Aws.Lambda.FunctionArgs
        {
            Runtime = LambdaDeployment.Runtime,
            Handler = LambdaDeployment.Handler,
            Architectures = { LambdaDeployment.Architecture }, // the package is built for linux-x64
            S3Bucket = artifactsBucket,
            S3Key = artifacts.FunctionPackageKey,
            Role = role.Arn,
            MemorySize = MemoryMiB,
            // At most this many instances at once, and that many kept for it (see SummarizerConfig).
            ReservedConcurrentExecutions = config.FunctionReservedConcurrency,
            Timeout = TimeoutSeconds,
            LoggingConfig = new Aws.Lambda.Inputs.FunctionLoggingConfigArgs { LogFormat = "Text", LogGroup = logs.Name },
            TracingConfig = new Aws.Lambda.Inputs.FunctionTracingConfigArgs { Mode = "Active" },
        }, new CustomResourceOptions { Parent = this, DependsOn = { artifacts.FunctionPackage, logAndTrace } });

        RegisterOutputs();
    }

    /// <summary>Write to its own log group; send traces (X-Ray allows these only on "*").</summary>
    internal static string FunctionPolicy(string logGroupArn) => PolicyJson.Document(
        PolicyJson.Statement("Allow", ["logs:CreateLogStream", "logs:PutLogEvents"], [$"{logGroupArn}:*"]),
        PolicyJson.Statement("Allow", ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], ["*"]));
}
