using Pulumi.Aws.ApiGateway;
using Pulumi.Aws.ApiGateway.Inputs;
using Pulumi.Aws.Iam;
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
        _express = _stack.Named<StateMachine, StateMachineArgs>("realtime").Resource;
    }

    [Test]
    public void Post_summarize_validates_the_body_against_the_contract_model()
    {
        var (api, _, _) = _stack.Named<RestApi, RestApiArgs>("api");
        var (resource, resourceArgs, _) = _stack.Named<Resource, ResourceArgs>("api-summarize");
        var (_, method, _) = _stack.Named<Method, MethodArgs>("api-post");
        var (model, modelArgs, _) = _stack.Named<Model, ModelArgs>("api-request-model");
        var (validator, validatorArgs, _) = _stack.Named<RequestValidator, RequestValidatorArgs>("api-validate-body");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(resourceArgs.ParentId), Is.EqualTo(Values.Of(api.RootResourceId)));
            Assert.That("/" + Values.Of(resourceArgs.PathPart), Is.EqualTo(SummarizeRoute.Path));
            Assert.That(Values.Of(method.HttpMethod), Is.EqualTo("POST"));
            Assert.That(Values.Of(method.ResourceId), Is.EqualTo(Values.Of(resource.Id)));
            Assert.That(Values.Of(modelArgs.Schema), Is.EqualTo(RealtimeDefinitions.RequestModel()));
            Assert.That(Values.Of(method.RequestModels), Is.EquivalentTo(new Dictionary<string, string> { [RealtimeDefinitions.ContentType] = Values.Of(model.Name) }));
            Assert.That(Values.Of(validatorArgs.ValidateRequestBody), Is.True);
            Assert.That(Values.Of(method.RequestValidatorId), Is.EqualTo(Values.Of(validator.Id)));
        });
    }

    [Test]
    public void The_integration_starts_the_express_machine_synchronously_with_a_role_that_may_do_only_that()
    {
        var (_, integration, registration) = _stack.Named<Integration, IntegrationArgs>("api-start-sync-execution");
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(integration.Type), Is.EqualTo("AWS"));
            Assert.That(Values.Of(integration.IntegrationHttpMethod), Is.EqualTo("POST"));
            Assert.That(Values.Of(integration.Uri), Is.EqualTo($"arn:aws:apigateway:{StackRun.DevConfig()["aws:region"]}:states:action/StartSyncExecution"));
            Assert.That(Values.Of(integration.PassthroughBehavior), Is.EqualTo("NEVER"));
            Assert.That(Values.Of(integration.RequestTemplates), Is.EquivalentTo(new Dictionary<string, string>
            {
                [RealtimeDefinitions.ContentType] = RealtimeDefinitions.RequestTemplate(Values.Of(_express.Arn)),
            }));
        });
        var (service, grants) = _stack.RoleWithArn(Values.Of(integration.Credentials));
        Assert.That(service, Is.EqualTo("apigateway.amazonaws.com"));
        Assert.That(grants, Is.EquivalentTo(new[] { ("states:StartSyncExecution", Values.Of(_express.Arn)) }));
        Assert.That(Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()), Does.Contain("api-start-sync"));
    }

    [Test]
    public void The_method_answers_200_400_413_500_through_the_workflows_templates()
    {
        var statuses = _stack.All<MethodResponse, MethodResponseArgs>().Select(r => Values.Of(r.Args.StatusCode));
        Assert.That(statuses, Is.EquivalentTo(new[] { "200", "400", "413", "500" }));

        var responses = _stack.All<IntegrationResponse, IntegrationResponseArgs>().ToDictionary(r => Values.Of(r.Args.StatusCode), r => r.Args);
        Assert.That(responses["200"].SelectionPattern, Is.Null, "the default response");
        Assert.That(Values.Of(responses["200"].ResponseTemplates)[RealtimeDefinitions.ContentType], Is.EqualTo(RealtimeDefinitions.ResponseTemplate()));
        Assert.That(Values.Of(responses["500"].SelectionPattern), Is.EqualTo(RealtimeDefinitions.RejectedSelectionPattern));
        Assert.That(Values.Of(responses["500"].ResponseTemplates)[RealtimeDefinitions.ContentType], Is.EqualTo(RealtimeDefinitions.RejectedResponseTemplate()));

        var gateway = _stack.All<Response, ResponseArgs>().ToDictionary(r => Values.Of(r.Args.ResponseType), r => r.Args);
        Assert.That(gateway.Keys, Is.EquivalentTo(RealtimeDefinitions.GatewayResponseFiles.Keys));
        foreach (var (type, args) in gateway)
        {
            Assert.That(Values.Of(args.StatusCode), Is.EqualTo(RealtimeDefinitions.GatewayResponseStatusCodes[type].ToString()));
            Assert.That(Values.Of(args.ResponseTemplates)[RealtimeDefinitions.ContentType], Is.EqualTo(RealtimeDefinitions.GatewayResponseTemplate(type)));
        }
    }

    [Test]
    public void The_deployment_snapshot_is_taken_after_everything_it_serves_and_retaken_when_that_changes()
    {
        var (_, deployment, registration) = _stack.Named<Deployment, DeploymentArgs>("api-deployment");
        var depends = Values.Of(registration.Options.DependsOn).Select(r => r.GetResourceName()).ToList();
        Assert.That(depends, Is.SupersetOf(new[] { "api-post", "api-start-sync-execution", "api-integration-response", "api-integration-rejected",
            "api-response-200", "api-response-400", "api-response-413", "api-response-500" }));

        var keyOff = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiKeyRequired"] = "false" });
        Assert.That(Values.Of(keyOff.Named<Deployment, DeploymentArgs>("api-deployment").Args.Triggers),
            Is.Not.EqualTo(Values.Of(deployment.Triggers)));
    }

    [Test]
    public void The_stage_is_throttled_from_config()
    {
        var (stage, stageArgs, _) = _stack.Named<Stage, StageArgs>("api-stage");
        var (_, settings, _) = _stack.Named<MethodSettings, MethodSettingsArgs>("api-throttling");
        var throttle = Values.Of(settings.Settings);
        var config = StackRun.DevConfig();
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(settings.StageName), Is.EqualTo(Values.Of(stage.StageName)));
            Assert.That(Values.Of(settings.MethodPath), Is.EqualTo("*/*"));
            Assert.That(Values.Of(throttle.ThrottlingRateLimit), Is.EqualTo(double.Parse(config["summarizer:apiThrottleRateLimit"])));
            Assert.That(Values.Of(throttle.ThrottlingBurstLimit), Is.EqualTo(int.Parse(config["summarizer:apiThrottleBurstLimit"])));
            Assert.That(Values.Of(stageArgs.XrayTracingEnabled), Is.True);
        });
        var other = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiThrottleRateLimit"] = "2" });
        Assert.That(Values.Of(Values.Of(other.Named<MethodSettings, MethodSettingsArgs>("api-throttling").Args.Settings).ThrottlingRateLimit), Is.EqualTo(2));
    }

    [Test]
    public void By_default_the_method_needs_an_api_key_from_a_usage_plan_on_this_stage()
    {
        var (api, _, _) = _stack.Named<RestApi, RestApiArgs>("api");
        var (stage, _, _) = _stack.Named<Stage, StageArgs>("api-stage");
        var (key, _, _) = _stack.Named<ApiKey, ApiKeyArgs>("api-key");
        var (plan, planArgs, _) = _stack.Named<UsagePlan, UsagePlanArgs>("api-usage-plan");
        var (_, planKey, _) = _stack.Named<UsagePlanKey, UsagePlanKeyArgs>("api-usage-plan-key");
        var apiStage = Values.Of(planArgs.ApiStages).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Values.Of(_stack.Named<Method, MethodArgs>("api-post").Args.ApiKeyRequired), Is.True);
            Assert.That((Values.Of(apiStage.ApiId), Values.Of(apiStage.Stage)), Is.EqualTo((Values.Of(api.Id), Values.Of(stage.StageName))));
            Assert.That((Values.Of(planKey.KeyId), Values.Of(planKey.UsagePlanId), Values.Of(planKey.KeyType)), Is.EqualTo((Values.Of(key.Id), Values.Of(plan.Id), "API_KEY")));
            Assert.That(Values.Of(Values.Of(planArgs.ThrottleSettings).RateLimit), Is.EqualTo(double.Parse(StackRun.DevConfig()["summarizer:apiThrottleRateLimit"])));
        });
    }

    [Test]
    public void Config_can_switch_the_api_key_off_and_then_no_key_exists()
    {
        var open = StackRun.Dev(new Dictionary<string, string> { ["summarizer:apiKeyRequired"] = "false" });
        Assert.That(Values.Of(open.Named<Method, MethodArgs>("api-post").Args.ApiKeyRequired), Is.False);
        Assert.That(open.All<ApiKey, ApiKeyArgs>(), Is.Empty);
        Assert.That(open.All<UsagePlan, UsagePlanArgs>(), Is.Empty);
        Assert.That(open.Run.Outputs, Does.Not.ContainKey("apiKey"));
    }
}
