using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pulumi;
using Summarizer.Contract;
using Summarizer.Workflows;
using Summarizer.Workflows.Policies;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Realtime;

/// <summary>
/// POST /summarize: a REST API whose method validates the body against the contract's model, then calls
/// states:StartSyncExecution on the Express machine (a role that may call only that) through
/// Summarizer.Workflows' mapping templates; API Gateway's own answers in the contract's shape; a throttled stage with a
/// JSON access log, and by default an API key with a usage plan (throttle and daily quota).
/// </summary>
public sealed class ApiComponent : ComponentResource
{
    public const string StageName = "v1";
    public const int IntegrationTimeoutMs = 29_000; // API Gateway's maximum; the workflow times out at 25 s.

    // How API Gateway calls Step Functions (the Fingerprint takes them too: a change must retake the snapshot).
    private const string IntegrationMethod = "POST", Passthrough = "NEVER";

    /// <summary>The period of the usage plan's quota (summarizer:apiQuotaPerDay).</summary>
    public const string QuotaPeriod = "DAY";

    /// <summary>The full URL of POST /summarize.</summary>
    public Output<string> SummarizeUrl { get; }

    /// <summary>The API key's value (secret), or null when the key is switched off.</summary>
    public Output<string>? ApiKey { get; }

    public ApiComponent(string name, SummarizerConfig config, Output<AwsScope> scope, Aws.Sfn.StateMachine expressMachine,
        ComponentResourceOptions? options = null)
        : base("summarizer:realtime:Api", name, options)
    {
        var child = new CustomResourceOptions { Parent = this };
        var api = new Aws.ApiGateway.RestApi(name, new Aws.ApiGateway.RestApiArgs
        {
            Description = "Summarizer real-time API: POST /summarize",
        }, child);
        var resource = new Aws.ApiGateway.Resource($"{name}-summarize", new Aws.ApiGateway.ResourceArgs
        {
            RestApi = api.Id,
            ParentId = api.RootResourceId,
            PathPart = SummarizeRoute.PathPart,
        }, child);

        var model = new Aws.ApiGateway.Model($"{name}-request-model", new Aws.ApiGateway.ModelArgs
        {
            RestApi = api.Id,
            Name = "SummarizeRequest",
            ContentType = RealtimeDefinitions.ContentType,
            Schema = RealtimeDefinitions.RequestModel(),
        }, child);
        var validator = new Aws.ApiGateway.RequestValidator($"{name}-validate-body", new Aws.ApiGateway.RequestValidatorArgs
        {
            RestApi = api.Id,
            Name = "body",
            ValidateRequestBody = true,
            ValidateRequestParameters = false,
        }, child);
        var method = new Aws.ApiGateway.Method($"{name}-post", new Aws.ApiGateway.MethodArgs
        {
            RestApi = api.Id,
            ResourceId = resource.Id,
            HttpMethod = SummarizeRoute.Method,
            Authorization = "NONE",
            ApiKeyRequired = config.ApiKeyRequired,
            RequestModels = { { RealtimeDefinitions.ContentType, model.Name } },
            RequestValidatorId = validator.Id,
        }, child);

        var integrationRole = new Aws.Iam.Role($"{name}-start-sync-role", new Aws.Iam.RoleArgs
        {
            AssumeRolePolicy = PolicyJson.AssumableBy("apigateway.amazonaws.com"),
        }, child);
        var startSyncOnly = new Aws.Iam.RolePolicy($"{name}-start-sync", new Aws.Iam.RolePolicyArgs
        {
            Role = integrationRole.Name,
            Policy = expressMachine.Arn.Apply(arn => PolicyJson.Document(PolicyJson.Statement("Allow", ["states:StartSyncExecution"], [arn]))),
        }, child);
        var integration = new Aws.ApiGateway.Integration($"{name}-start-sync-execution", new Aws.ApiGateway.IntegrationArgs
        {
            RestApi = api.Id,
            ResourceId = resource.Id,
            HttpMethod = method.HttpMethod,
            Type = "AWS",
            IntegrationHttpMethod = IntegrationMethod,
            Uri = scope.Apply(s => $"arn:{s.Partition}:apigateway:{s.Region}:states:action/StartSyncExecution"),
            Credentials = integrationRole.Arn,
            PassthroughBehavior = Passthrough,
            RequestTemplates = { { RealtimeDefinitions.ContentType, expressMachine.Arn.Apply(RealtimeDefinitions.RequestTemplate) } },
            TimeoutMilliseconds = IntegrationTimeoutMs,
        }, new CustomResourceOptions { Parent = this, DependsOn = { startSyncOnly } });

        var responses = Responses(name, api, resource, method, integration);
        var deployment = new Aws.ApiGateway.Deployment($"{name}-deployment", new Aws.ApiGateway.DeploymentArgs
        {
            RestApi = api.Id,
            Description = "POST /summarize",
            // A deployment is a snapshot: any change to what it serves must make a new one.
            Triggers = { { "configuration", Output.Tuple(expressMachine.Arn, integrationRole.Arn).Apply(t => Fingerprint(config, t.Item1, t.Item2)) } },
        }, new CustomResourceOptions { Parent = this, DependsOn = responses.Append(integration).Append(method).Select(r => (Input<Resource>)r).ToArray() });
        var stage = LoggedStage(name, config, scope, api, deployment);
        new Aws.ApiGateway.MethodSettings($"{name}-throttling", new Aws.ApiGateway.MethodSettingsArgs
        {
            RestApi = api.Id,
            StageName = stage.StageName,
            MethodPath = "*/*",
            Settings = new Aws.ApiGateway.Inputs.MethodSettingsSettingsArgs
            {
                ThrottlingRateLimit = config.ApiThrottleRateLimit,
                ThrottlingBurstLimit = config.ApiThrottleBurstLimit,
                MetricsEnabled = true,
            },
        }, child);

        SummarizeUrl = Output.Format($"{stage.InvokeUrl}{SummarizeRoute.Path}");
        if (config.ApiKeyRequired) ApiKey = Key(name, config, api, stage);
        RegisterOutputs();
    }

    // The stage, with a JSON access log (who called: source IP and API key id; what; how it ended) kept as long as the
    // stack's other logs. It can log only once the region's API Gateway settings name a CloudWatch role (ApiGatewayLogRole).
    private Aws.ApiGateway.Stage LoggedStage(string name, SummarizerConfig config, Output<AwsScope> scope,
        Aws.ApiGateway.RestApi api, Aws.ApiGateway.Deployment deployment)
    {
        var accessLogs = new Aws.CloudWatch.LogGroup($"{name}-access-logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = $"/aws/apigateway/{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}-{name}-access",
            RetentionInDays = config.LogRetentionDays,
        }, new CustomResourceOptions { Parent = this });
        var options = new CustomResourceOptions { Parent = this };
        if (config.ManageApiGatewayLogRole) options.DependsOn.Add(ApiGatewayLogRole.Create(name, scope, this));
        return new Aws.ApiGateway.Stage($"{name}-stage", new Aws.ApiGateway.StageArgs
        {
            RestApi = api.Id,
            Deployment = deployment.Id,
            StageName = StageName,
            XrayTracingEnabled = true,
            AccessLogSettings = new Aws.ApiGateway.Inputs.StageAccessLogSettingsArgs
            {
                DestinationArn = accessLogs.Arn,
                Format = RealtimeDefinitions.AccessLogFormat(),
            },
        }, options);
    }

    // 200/400/413/500 method responses; the templates set the real status through $context.responseOverride.
    private List<Resource> Responses(string name, Aws.ApiGateway.RestApi api, Aws.ApiGateway.Resource resource,
        Aws.ApiGateway.Method method, Aws.ApiGateway.Integration integration)
    {
        var child = new CustomResourceOptions { Parent = this };
        var created = new List<Resource>();
        foreach (var status in RealtimeDefinitions.MethodResponseStatusCodes)
            created.Add(new Aws.ApiGateway.MethodResponse($"{name}-response-{status}", new Aws.ApiGateway.MethodResponseArgs
            {
                RestApi = api.Id,
                ResourceId = resource.Id,
                HttpMethod = method.HttpMethod,
                StatusCode = status.ToString(CultureInfo.InvariantCulture),
                ResponseModels = { { RealtimeDefinitions.ContentType, "Empty" } },
            }, child));

        var afterMethodResponses = new CustomResourceOptions { Parent = this, DependsOn = created.Append(integration).Select(r => (Input<Resource>)r).ToArray() };
        created.Add(new Aws.ApiGateway.IntegrationResponse($"{name}-integration-response", new Aws.ApiGateway.IntegrationResponseArgs
        {
            RestApi = api.Id,
            ResourceId = resource.Id,
            HttpMethod = method.HttpMethod,
            StatusCode = "200",
            ResponseTemplates = { { RealtimeDefinitions.ContentType, RealtimeDefinitions.ResponseTemplate() } },
        }, afterMethodResponses));
        created.Add(new Aws.ApiGateway.IntegrationResponse($"{name}-integration-rejected", new Aws.ApiGateway.IntegrationResponseArgs
        {
            RestApi = api.Id,
            ResourceId = resource.Id,
            HttpMethod = method.HttpMethod,
            StatusCode = "500",
            SelectionPattern = RealtimeDefinitions.RejectedSelectionPattern,
            ResponseTemplates = { { RealtimeDefinitions.ContentType, RealtimeDefinitions.RejectedResponseTemplate() } },
        }, afterMethodResponses));

        // API Gateway's own answers (refusals, integration timeout, the fallbacks) in the contract's error shape.
        foreach (var response in RealtimeDefinitions.GatewayResponses)
            created.Add(new Aws.ApiGateway.Response($"{name}-gateway-{response.Type.ToLowerInvariant().Replace('_', '-')}", new Aws.ApiGateway.ResponseArgs
            {
                RestApiId = api.Id,
                ResponseType = response.Type,
                // Unset for a fallback: a status there would replace that of every refusal it covers.
                StatusCode = response.StatusCode is { } status ? (Input<string>)status.ToString(CultureInfo.InvariantCulture) : null,
                ResponseTemplates = { { RealtimeDefinitions.ContentType, RealtimeDefinitions.GatewayResponseTemplate(response.Type) } },
            }, child));
        return created;
    }

    private Output<string> Key(string name, SummarizerConfig config, Aws.ApiGateway.RestApi api, Aws.ApiGateway.Stage stage)
    {
        var child = new CustomResourceOptions { Parent = this };
        var key = new Aws.ApiGateway.ApiKey($"{name}-key", new Aws.ApiGateway.ApiKeyArgs
        {
            Description = "Sent as the x-api-key header of POST /summarize",
            Enabled = true,
        }, child);
        var planArgs = new Aws.ApiGateway.UsagePlanArgs
        {
            ApiStages = { new Aws.ApiGateway.Inputs.UsagePlanApiStageArgs { ApiId = api.Id, Stage = stage.StageName } },
            ThrottleSettings = new Aws.ApiGateway.Inputs.UsagePlanThrottleSettingsArgs
            {
                RateLimit = config.ApiThrottleRateLimit,
                BurstLimit = config.ApiThrottleBurstLimit,
            },
        };
        // Bounds what a leaked key can cost in a day; 0 in the config: no quota.
        if (config.ApiQuotaPerDay > 0)
            planArgs.QuotaSettings = new Aws.ApiGateway.Inputs.UsagePlanQuotaSettingsArgs { Limit = config.ApiQuotaPerDay, Period = QuotaPeriod };
        var plan = new Aws.ApiGateway.UsagePlan($"{name}-usage-plan", planArgs, child);
        new Aws.ApiGateway.UsagePlanKey($"{name}-usage-plan-key", new Aws.ApiGateway.UsagePlanKeyArgs
        {
            KeyId = key.Id,
            KeyType = "API_KEY",
            UsagePlanId = plan.Id,
        }, child);
        return key.Value;
    }

    /// <summary>A hash of everything the deployment snapshot serves that this program controls: templates, model,
    /// gateway responses, the API key switch and the integration's role and settings (a snapshot keeps the role ARN it
    /// was taken with: a replaced role would leave the stage calling with a deleted one).</summary>
    internal static string Fingerprint(SummarizerConfig config, string expressMachineArn, string integrationRoleArn)
    {
        var parts = new List<string>
        {
            integrationRoleArn, $"{IntegrationTimeoutMs} {Passthrough} {IntegrationMethod}",
            RealtimeDefinitions.RequestTemplate(expressMachineArn), RealtimeDefinitions.ResponseTemplate(),
            RealtimeDefinitions.RejectedResponseTemplate(), RealtimeDefinitions.RequestModel(),
            RealtimeDefinitions.RejectedSelectionPattern, config.ApiKeyRequired.ToString(), SummarizeRoute.Path,
            string.Join(',', RealtimeDefinitions.MethodResponseStatusCodes),
        };
        parts.AddRange(RealtimeDefinitions.GatewayResponses.Select(r => $"{r.Type} {r.StatusCode} {RealtimeDefinitions.GatewayResponseTemplate(r.Type)}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }
}
