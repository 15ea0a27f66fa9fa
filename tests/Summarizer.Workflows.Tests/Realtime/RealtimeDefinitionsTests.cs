using System.Text.Json.Nodes;
using Summarizer.Contract;
using Summarizer.Workflows.Policies;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The real-time files render with the contract's values and only the deploy-time ARNs left to give.</summary>
public class RealtimeDefinitionsTests
{
    internal const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:summarizer-realtime";
    internal const string StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:summarizer-realtime";

    [Test]
    public void TheStateMachineInvokesTheGivenFunctionAndNothingElse()
    {
        var asl = JsonNode.Parse(RealtimeDefinitions.StateMachine(FunctionArn))!;
        var tasks = asl["States"]!.AsObject().Where(s => (string?)s.Value!["Type"] == "Task").ToList();
        Assert.That(tasks, Has.Count.EqualTo(1));
        Assert.That((string?)tasks[0].Value!["Resource"], Is.EqualTo("arn:aws:states:::lambda:invoke"));
        Assert.That((string?)tasks[0].Value!["Parameters"]!["FunctionName"], Is.EqualTo(FunctionArn));
    }

    [Test]
    public void TheTaskRetriesTheTransientLambdaErrorsAwsDocumentsAndCatchesTheRest()
    {
        var task = JsonNode.Parse(RealtimeDefinitions.StateMachine(FunctionArn))!["States"]!["Summarize text"]!;
        var retried = task["Retry"]!.AsArray().SelectMany(r => r!["ErrorEquals"]!.AsArray().Select(e => (string)e!)).ToList();
        // Step Functions developer guide, "Handle Lambda service exceptions", plus Lambda's throttling error.
        Assert.That(retried, Is.EquivalentTo(new[]
        {
            "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
            "Lambda.ClientExecutionTimeoutException", "Lambda.TooManyRequestsException",
        }));
        Assert.That(task["Retry"]!.AsArray().Select(r => (int)r!["MaxAttempts"]!), Has.All.InRange(1, 3), "retries must fit API Gateway's 29 s");
        var catcher = task["Catch"]!.AsArray().Single()!;
        Assert.That(catcher["ErrorEquals"]!.AsArray().Select(e => (string)e!), Is.EqualTo(new[] { "States.ALL" }));
        Assert.That((string?)catcher["Next"], Is.EqualTo("Summarizer failed"));
    }

    [Test]
    public void TheWorkflowEndsWithinApiGatewaysIntegrationTimeout()
    {
        var asl = JsonNode.Parse(RealtimeDefinitions.StateMachine(FunctionArn))!;
        Assert.That((int)asl["TimeoutSeconds"]!, Is.LessThan(29));
    }

    [Test]
    public void TheRequestTemplateTargetsTheGivenStateMachine()
    {
        var vtl = RealtimeDefinitions.RequestTemplate(StateMachineArn);
        Assert.That(vtl, Does.Contain($"\"stateMachineArn\": \"{StateMachineArn}\""));
        Assert.That(vtl, Does.Not.Contain("${"), "no deploy placeholder left");
    }

    [Test]
    public void TheRequestModelCarriesTheContractLimits()
    {
        var model = JsonNode.Parse(RealtimeDefinitions.RequestModel())!;
        Assert.That((string?)model["$schema"], Is.EqualTo("http://json-schema.org/draft-04/schema#"), "API Gateway models are draft 4");
        Assert.That(model["required"]!.AsArray().Select(r => (string)r!), Is.EqualTo(new[] { "text" }));
        var p = model["properties"]!;
        Assert.That((int)p["sentences"]!["minimum"]!, Is.EqualTo(ContractLimits.MinSentences));
        Assert.That((int)p["sentences"]!["maximum"]!, Is.EqualTo(ContractLimits.MaxSentences));
        Assert.That((double)p["ratio"]!["minimum"]!, Is.EqualTo(ContractLimits.MinRatioExclusive));
        Assert.That((bool)p["ratio"]!["exclusiveMinimum"]!, Is.True);
        Assert.That((double)p["ratio"]!["maximum"]!, Is.EqualTo(ContractLimits.MaxRatio));
        Assert.That((int)p["method"]!["maxLength"]!, Is.EqualTo(ContractLimits.MaxMethodNameLength));
        Assert.That(p["text"]!.AsObject().ContainsKey("maxLength"), Is.False,
            "a refused body is the gateway's 400 where the contract's UTF-8 byte limit answers 413");
        Assert.That((string?)p["text"]!["description"], Does.Contain(ContractLimits.MaxTextUtf8Bytes.ToString()));
    }

    [Test]
    public void MethodResponsesCoverEveryStatusTheTemplatesSet()
    {
        var set = new[] { RealtimeDefinitions.ResponseTemplate(), RealtimeDefinitions.RejectedResponseTemplate() }
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"responseOverride\.status = (\d+)").Select(m => int.Parse(m.Groups[1].Value)));
        Assert.That(RealtimeDefinitions.MethodResponseStatusCodes, Is.SupersetOf(set.Distinct()));
        Assert.That(RealtimeDefinitions.MethodResponseStatusCodes, Is.EquivalentTo(new[] { 200, 400, 413, 500 }));
    }

    [Test]
    public void TheExecutionRoleMayInvokeOnlyTheSummarizerFunction()
    {
        var statements = PolicyDerivation.Statements(new AwsScope("aws", "us-east-1", "123456789012"), RealtimeDefinitions.StateMachine(FunctionArn));
        Assert.That(statements.Select(s => s.Action), Is.EqualTo(new[] { "lambda:InvokeFunction" }));
        Assert.That(statements.Single().Resources, Is.EquivalentTo(new[] { FunctionArn, FunctionArn + ":*" }));
    }
}
