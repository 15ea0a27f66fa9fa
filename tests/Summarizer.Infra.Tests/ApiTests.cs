using Pulumi.Aws.ApiGateway;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Sfn;
using Summarizer.Contract;
using Summarizer.Workflows;

namespace Summarizer.Infra.Tests;

public class ApiTests
{
    private StackRun _stack = null!;
    private StateMachine _express = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _stack = StackRun.Dev();
        _express = _stack.Named<StateMachine>("realtime").Resource;
    }

    [Test]
    public void Post_summarize_validates_the_body_against_the_contract_model()
    {
        var api = _stack.Named<RestApi>("api").Resource;
        var resource = _stack.Named<Resource>("api-summarize");
        var method = _stack.Named<Method>("api-post").Inputs;
        var model = _stack.Named<Model>("api-request-model");
        var validator = _stack.Named<RequestValidator>("api-validate-body");
        Assert.Multiple(() =>
        {
            Assert.That(resource.Inputs.String("parentId"), Is.EqualTo(Values.Of(api.RootResourceId)));
            Assert.That("/" + resource.Inputs.String("pathPart"), Is.EqualTo(SummarizeRoute.Path));
            Assert.That(method.String("httpMethod"), Is.EqualTo("POST"));
            Assert.That(method.String("resourceId"), Is.EqualTo(Values.Of(resource.Resource.Id)));
            Assert.That(model.Inputs.String("schema"), Is.EqualTo(RealtimeDefinitions.RequestModel()));
            Assert.That(method.StringMap("requestModels"), Is.EquivalentTo(new Dictionary<string, string> { [RealtimeDefinitions.ContentType] = Values.Of(model.Resource.Name) }));
            Assert.That(validator.Inputs.Bool("validateRequestBody"), Is.True);
            Assert.That(method.String("requestValidatorId"), Is.EqualTo(Values.Of(validator.Resource.Id)));
        });
    }

    [Test]
    public void The_integration_starts_the_express_machine_synchronously_with_a_role_that_may_do_only_that()
    {
        var integration = _stack.Named<Integration>("api-start-sync-execution");
        var args = integration.Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(args.String("type"), Is.EqualTo("AWS"));
            Assert.That(args.String("integrationHttpMethod"), Is.EqualTo("POST"));
            Assert.That(args.String("uri"), Is.EqualTo($"arn:aws:apigateway:{StackRun.DevConfig()["aws:region"]}:states:action/StartSyncExecution"));
            Assert.That(args.String("passthroughBehavior"), Is.EqualTo("NEVER"));
            Assert.That(args.StringMap("requestTemplates"), Is.EquivalentTo(new Dictionary<string, string>
            {
                [RealtimeDefinitions.ContentType] = RealtimeDefinitions.RequestTemplate(Values.Of(_express.Arn)),
            }));
        });
        var (service, grants) = _stack.RoleWithArn(args.String("credentials"));
        Assert.That(service, Is.EqualTo("apigateway.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartSyncExecution", Values.Of(_express.Arn)) }));
        Assert.That(integration.DependsOn, Does.Contain("api-start-sync"));
    }

    [Test]
    public void The_method_answers_200_400_413_500_through_the_workflows_templates()
    {
        var statuses = _stack.All<MethodResponse>().Select(r => r.Inputs.String("statusCode"));
        Assert.That(statuses, Is.EquivalentTo(new[] { "200", "400", "413", "500" }));

        var responses = _stack.All<IntegrationResponse>().ToDictionary(r => r.Inputs.String("statusCode"), r => r.Inputs);
        Assert.That(responses["200"].Has("selectionPattern"), Is.False, "the default response");
        Assert.That(responses["200"].StringMap("responseTemplates")[RealtimeDefinitions.ContentType], Is.EqualTo(RealtimeDefinitions.ResponseTemplate()));
        Assert.That(responses["500"].String("selectionPattern"), Is.EqualTo(RealtimeDefinitions.RejectedSelectionPattern));
        Assert.That(responses["500"].StringMap("responseTemplates")[RealtimeDefinitions.ContentType], Is.EqualTo(RealtimeDefinitions.RejectedResponseTemplate()));
    }

    [Test]
    public void Every_gateway_response_of_the_table_is_created_with_its_status_and_template()
    {
        var api = _stack.Named<RestApi>("api").Resource;
        var gateway = _stack.All<Response>().ToDictionary(r => r.Inputs.String("responseType"), r => r.Inputs);
        Assert.That(gateway.Keys, Is.EquivalentTo(RealtimeDefinitions.GatewayResponses.Select(r => r.Type)));
        foreach (var response in RealtimeDefinitions.GatewayResponses)
        {
            var args = gateway[response.Type];
            Assert.That(args.String("restApiId"), Is.EqualTo(Values.Of(api.Id)));
            Assert.That(args.StringMap("responseTemplates"), Is.EquivalentTo(new Dictionary<string, string>
            {
                [RealtimeDefinitions.ContentType] = RealtimeDefinitions.GatewayResponseTemplate(response.Type),
            }), response.Type);
            if (response.StatusCode is { } status)
                Assert.That(args.String("statusCode"), Is.EqualTo(status.ToString()), response.Type);
            else
                Assert.That(args.Has("statusCode"), Is.False, $"{response.Type}: a fallback keeps API Gateway's status for each refusal");
        }
        Assert.That(gateway["THROTTLED"].String("statusCode"), Is.EqualTo("429"));
        Assert.That(gateway["DEFAULT_5XX"].Has("statusCode"), Is.False);
    }

    [Test]
    public void The_deployment_snapshot_is_taken_after_everything_it_serves_and_retaken_when_that_changes()
    {
        var deployment = _stack.Named<Deployment>("api-deployment");
        Assert.That(deployment.DependsOn, Is.SupersetOf(new[] { "api-post", "api-start-sync-execution", "api-integration-response", "api-integration-rejected",
            "api-response-200", "api-response-400", "api-response-413", "api-response-500" }));
        Assert.That(deployment.DependsOn, Is.SupersetOf(_stack.All<Response>().Select(r => r.Name)), "gateway responses take effect on deployment");

        var keyOff = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiKeyRequired"] = "false" });
        Assert.That(keyOff.Named<Deployment>("api-deployment").Inputs.StringMap("triggers"),
            Is.Not.EqualTo(deployment.Inputs.StringMap("triggers")));
        var config = StackRun.Program(StackRun.DevConfig(), SummarizerConfig.Load);
        Assert.That(Summarizer.Infra.Realtime.ApiComponent.Fingerprint(config, "arn:machine", "arn:role-2"),
            Is.Not.EqualTo(Summarizer.Infra.Realtime.ApiComponent.Fingerprint(config, "arn:machine", "arn:role-1")), "a replaced integration role");
    }

    [Test]
    public void The_stage_is_throttled_from_config()
    {
        var stage = _stack.Named<Stage>("api-stage");
        var settings = _stack.Named<MethodSettings>("api-throttling").Inputs;
        var throttle = settings.Map("settings");
        var config = StackRun.DevConfig();
        Assert.Multiple(() =>
        {
            Assert.That(settings.String("stageName"), Is.EqualTo(Values.Of(stage.Resource.StageName)));
            Assert.That(settings.String("methodPath"), Is.EqualTo("*/*"));
            Assert.That(throttle.Number("throttlingRateLimit"), Is.EqualTo(double.Parse(config["summarizer:apiThrottleRateLimit"])));
            Assert.That(throttle.Number("throttlingBurstLimit"), Is.EqualTo(int.Parse(config["summarizer:apiThrottleBurstLimit"])));
            Assert.That(stage.Inputs.Bool("xrayTracingEnabled"), Is.True);
        });
        var other = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiThrottleRateLimit"] = "2" });
        Assert.That(other.Named<MethodSettings>("api-throttling").Inputs.Map("settings").Number("throttlingRateLimit"), Is.EqualTo(2));
    }

    [Test]
    public void By_default_the_method_needs_an_api_key_from_a_usage_plan_on_this_stage()
    {
        var api = _stack.Named<RestApi>("api").Resource;
        var stage = _stack.Named<Stage>("api-stage").Resource;
        var key = _stack.Named<ApiKey>("api-key").Resource;
        var plan = _stack.Named<UsagePlan>("api-usage-plan");
        var planKey = _stack.Named<UsagePlanKey>("api-usage-plan-key").Inputs;
        var apiStage = plan.Inputs.Maps("apiStages").Single();
        Assert.Multiple(() =>
        {
            Assert.That(_stack.Named<Method>("api-post").Inputs.Bool("apiKeyRequired"), Is.True);
            Assert.That((apiStage.String("apiId"), apiStage.String("stage")), Is.EqualTo((Values.Of(api.Id), Values.Of(stage.StageName))));
            Assert.That((planKey.String("keyId"), planKey.String("usagePlanId"), planKey.String("keyType")),
                Is.EqualTo((Values.Of(key.Id), Values.Of(plan.Resource.Id), "API_KEY")));
            Assert.That(plan.Inputs.Map("throttleSettings").Number("rateLimit"), Is.EqualTo(double.Parse(StackRun.DevConfig()["summarizer:apiThrottleRateLimit"])));
        });
    }

    [Test]
    public void The_usage_plan_caps_the_keys_requests_a_day_from_config_and_0_lifts_the_cap()
    {
        var quota = _stack.Named<UsagePlan>("api-usage-plan").Inputs.Map("quotaSettings");
        Assert.That(quota.Number("limit"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:apiQuotaPerDay"])));
        Assert.That(quota.String("period"), Is.EqualTo("DAY"));

        var other = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiQuotaPerDay"] = "250" });
        Assert.That(other.Named<UsagePlan>("api-usage-plan").Inputs.Map("quotaSettings").Number("limit"), Is.EqualTo(250));
        var none = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiQuotaPerDay"] = "0" });
        Assert.That(none.Named<UsagePlan>("api-usage-plan").Inputs.Has("quotaSettings"), Is.False);
    }

    [Test]
    public void The_stage_writes_a_json_access_log_to_its_own_group_with_the_stacks_retention()
    {
        var stage = _stack.Named<Stage>("api-stage");
        var group = _stack.Named<LogGroup>("api-access-logs");
        var settings = stage.Inputs.Map("accessLogSettings");
        Assert.Multiple(() =>
        {
            Assert.That(settings.String("destinationArn"), Is.EqualTo(Values.Of(group.Resource.Arn)));
            Assert.That(settings.String("format"), Is.EqualTo(RealtimeDefinitions.AccessLogFormat()));
            Assert.That(group.Inputs.Number("retentionInDays"), Is.EqualTo(int.Parse(StackRun.DevConfig()["summarizer:logRetentionDays"])));
            Assert.That(group.Inputs.String("name"), Is.EqualTo("/aws/apigateway/summarizer-dev-api-access"));
        });
    }

    [Test]
    public void The_stage_waits_for_the_regions_api_gateway_log_role_which_may_only_write_logs_and_outlives_the_stack()
    {
        var account = _stack.Named<Account>("api-account");
        var (service, grants) = _stack.RoleWithArn(account.Inputs.String("cloudwatchRoleArn"));
        Assert.That(service, Is.EqualTo("apigateway.amazonaws.com"));
        var logGroups = $"arn:aws:logs:{StackRun.DevConfig()["aws:region"]}:{ProviderMocks.Account}:log-group:*";
        Assert.That(grants, Is.EquivalentTo(new[]
        {
            ("logs:CreateLogGroup", logGroups), ("logs:CreateLogStream", logGroups), ("logs:DescribeLogGroups", logGroups),
            ("logs:DescribeLogStreams", logGroups), ("logs:PutLogEvents", logGroups),
        }));
        Assert.That(account.DependsOn, Does.Contain("api-cloudwatch-logs"), "the role can write before API Gateway takes it");
        Assert.That(_stack.Named<Stage>("api-stage").DependsOn, Does.Contain("api-account"));

        // One setting per account and region, shared by every REST API there: `pulumi destroy` leaves it and its role.
        var role = _stack.Named<Pulumi.Aws.Iam.Role>("api-cloudwatch-role");
        var policy = _stack.Named<Pulumi.Aws.Iam.RolePolicy>("api-cloudwatch-logs");
        Assert.That(new[] { account.Options, role.Options, policy.Options }.Select(o => o.RetainOnDelete), Is.All.True);
    }

    [Test]
    public void Config_can_leave_the_regions_api_gateway_log_role_to_whoever_manages_it()
    {
        var unmanaged = StackRun.Dev(new Dictionary<string, string> { ["summarizer:manageApiGatewayLogRole"] = "false" });
        Assert.That(unmanaged.All<Account>(), Is.Empty);
        Assert.That(unmanaged.All<Pulumi.Aws.Iam.Role>().Select(r => r.Name), Does.Not.Contain("api-cloudwatch-role"));
        Assert.That(unmanaged.Named<Stage>("api-stage").DependsOn, Is.Empty);
        Assert.That(unmanaged.Named<Stage>("api-stage").Inputs.Has("accessLogSettings"), Is.True, "the stage still logs");
    }

    [Test]
    public void Config_can_switch_the_api_key_off_and_then_no_key_exists()
    {
        var open = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiKeyRequired"] = "false" });
        Assert.That(open.Named<Method>("api-post").Inputs.Bool("apiKeyRequired"), Is.False);
        Assert.That(open.All<ApiKey>(), Is.Empty);
        Assert.That(open.All<UsagePlan>(), Is.Empty);
        Assert.That(open.Outputs, Does.Not.ContainKey("apiKey"));
    }
}
