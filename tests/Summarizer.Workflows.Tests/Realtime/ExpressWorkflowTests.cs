using System.Text;
using System.Text.Json;
using Summarizer.Contract;
using Summarizer.Testing;
using Fault = Summarizer.Workflows.Tests.Realtime.PostSummarizeResult.Fault;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// POST /summarize offline, end to end: the request model (draft-04 validator), the API Gateway request
/// template (velocityjs), the Express workflow
/// executed by a real ASL interpreter (aws-local-stepfunctions) with its Lambda task answered by the real
/// handler, and the response templates. What is emulated, not proven: StartSyncExecution's own input checks and
/// Lambda-service errors (injected by name where AWS would raise them).
/// </summary>
[NonParallelizable]
public class ExpressWorkflowTests
{
    private FunctionHost _function = null!;

    [OneTimeSetUp]
    public void StartFunction() => _function = new FunctionHost();

    [OneTimeTearDown]
    public void StopFunction() => _function.Dispose();

    private PostSummarizeResult Post(object request, params Fault[] faults) =>
        PostSummarizeResult.Run(JsonSerializer.Serialize(request), _function.RealUrl, faults);

    [Test]
    public void ASummaryComesBackAs200WithTheHandlersExactBody()
    {
        var request = new { text = SampleTexts.Review, sentences = 3 };
        var r = Post(request);

        Assert.That(r.HttpStatus, Is.EqualTo(200), r.ToString());
        Assert.That(r.States, Is.EqualTo(new[] { "Text within the limit?", "Summarize text", "Route by status", "Summary ready" }));
        Assert.That(r.ExecutionStatus, Is.EqualTo("SUCCEEDED"));
        Assert.That((string?)r.StartSyncExecution!["name"], Is.EqualTo(PostSummarizeResult.RequestId), "execution named after the API request");
        Assert.That(r.LambdaInvocations, Is.EqualTo(1));
        Assert.That(r.HttpBody.Trim(), Is.EqualTo(FunctionHost.Answer(JsonSerializer.Serialize(request)).Body));
    }

    [Test]
    public void HostileCharactersSurviveEveryHopUnchanged()
    {
        // Apostrophes (escapeJavaScript's invalid \'), quotes, backslashes, slashes, control characters, VTL and
        // shell syntax, HTML, non-ASCII and astral characters: the function must see exactly the client's text.
        const string text = "It's \"great\" — C:\\dogs\\food / 50% off. Don't run $(rm -rf /) or `id`; #set($x = 1) $context.requestId!\n" +
                            "Tabs\there. <script>alert('x')</script> works. Café crème brûlée. 日本語の文です。 Dog 🐶 approved. \u0001 end.";
        var request = new { text, sentences = 7 };
        var r = Post(request);

        Assert.That(r.HttpStatus, Is.EqualTo(200), r.ToString());
        Assert.That(r.HttpBody.Trim(), Is.EqualTo(FunctionHost.Answer(JsonSerializer.Serialize(request)).Body));
        // (The engine strips HTML and folds whitespace; the characters that break escaping come through intact.)
        var sentences = JsonSerializer.Deserialize(r.HttpBody, ContractJsonContext.Default.SummarizeResponse)!.Sentences.Select(s => s.Text);
        Assert.That(sentences, Does.Contain("It's \"great\" — C:\\dogs\\food / 50% off."));
        Assert.That(sentences, Does.Contain("Don't run $(rm -rf /) or `id`; #set($x = 1) $context.requestId!"));
        Assert.That(sentences, Does.Contain("日本語の文です。").And.Contain("Dog 🐶 approved."));
    }

    [Test]
    public void InvalidInputIs400FromTheFunctionAndASucceededExecution()
    {
        // Passes the API's request model (it does not relate fields), so the function's reader answers it.
        var r = Post(new { text = "One. Two.", sentences = 1, ratio = 0.5 });

        Assert.That(r.HttpStatus, Is.EqualTo(400), r.ToString());
        Assert.That(Error(r).Error, Is.EqualTo(ErrorCodes.InvalidInput));
        Assert.That(r.States[^1], Is.EqualTo("Invalid input"));
        Assert.That(r.ExecutionStatus, Is.EqualTo("SUCCEEDED"), "a client error is not a failed workflow");
    }

    [TestCase("{\"text\": \"unterminated", TestName = "Invalid JSON is refused by the API's request validator")]
    [TestCase("{\"text\": \"Fine.\", \"sentences\": 0}", TestName = "Out-of-range sentences are refused by the API's request validator")]
    [TestCase("[\"text\"]", TestName = "A non-object body is refused by the API's request validator")]
    public void MalformedBodiesAre400BeforeAnyIntegration(string body)
    {
        var r = PostSummarizeResult.Run(body, _function.RealUrl);

        Assert.That(r.HttpStatus, Is.EqualTo(400), r.ToString());
        Assert.That(Error(r).Error, Is.EqualTo(ErrorCodes.InvalidInput));
        Assert.That(r.ValidationError, Is.Not.Null.And.Not.Empty);
        Assert.That(r.IntegrationRequest, Is.Null, "no StartSyncExecution call");
        Assert.That(r.LambdaInvocations, Is.Zero);
    }

    [Test]
    public void AnAnswerTooLargeForStepFunctionsIs413NotAFailedExecution()
    {
        // Within the text limit, but every backslash takes four bytes in the answer (escaped in the body, then in the
        // envelope) and the whole text comes back twice (summary and sentences).
        var text = string.Concat(Enumerable.Range(0, 190).Select(i => $"Row {i} says {new string('\\', 200)} fine. "));
        Assume.That(Encoding.UTF8.GetByteCount(text), Is.LessThanOrEqualTo(ContractLimits.MaxTextUtf8Bytes));
        var r = Post(new { text, ratio = 1 });

        Assert.That(r.HttpStatus, Is.EqualTo(413), r.ToString());
        Assert.That(Error(r).Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));
        Assert.That(r.States[^1], Is.EqualTo("Text too large"));
        Assert.That(r.LambdaInvocations, Is.EqualTo(1));
    }

    [Test]
    public void ATextOfExactlyTheLimitInTheCostliestCharactersIsSummarizedEndToEnd()
    {
        var text = LimitTexts.WorstCase(ContractLimits.MaxTextUtf8Bytes);
        var request = new { text };
        var r = Post(request);

        Assert.That(r.HttpStatus, Is.EqualTo(200), r.ToString());
        Assert.That(r.HttpBody.Trim(), Is.EqualTo(FunctionHost.Answer(JsonSerializer.Serialize(request)).Body));
        // The text really is the worst case: escaped, it fills most of Step Functions' input quota.
        int inputBytes = Encoding.UTF8.GetByteCount((string)r.StartSyncExecution!["input"]!);
        TestContext.Out.WriteLine($"execution input: {inputBytes} bytes of {ContractLimits.StepFunctionsPayloadMaxBytes}");
        Assert.That(inputBytes, Is.InRange(ContractLimits.StepFunctionsPayloadMaxBytes * 9 / 10, ContractLimits.StepFunctionsPayloadMaxBytes));
    }

    [Test]
    public void OneByteMoreIsTheContracts413FromTheGatewayWithoutInvokingTheFunction()
    {
        var request = new { text = LimitTexts.WorstCase(ContractLimits.MaxTextUtf8Bytes + 1) };
        var r = Post(request);

        Assert.That(r.HttpStatus, Is.EqualTo(413), r.ToString());
        Assert.That(r.HttpBody.Trim(), Is.EqualTo(FunctionHost.Answer(JsonSerializer.Serialize(request)).Body), "the reader's very answer");
        Assert.That(r.States, Is.EqualTo(new[] { "Text within the limit?", "Refuse the text", "Text too large" }));
        Assert.That(r.LambdaInvocations, Is.Zero);
        Assert.That((string?)r.StartSyncExecution!["input"], Does.Not.Contain("Treat"), "the text never enters Step Functions");
    }

    [Test]
    public void ATextOverTheBytesButWithinTheCharactersIsTheSame413FromTheFunction()
    {
        // Two bytes of UTF-8 a character: the gateway counts characters and lets it through, the function counts bytes.
        var request = new { text = new string('é', ContractLimits.MaxTextUtf8Bytes / 2 + 1) };
        var r = Post(request);

        Assert.That(r.HttpStatus, Is.EqualTo(413), r.ToString());
        Assert.That(r.HttpBody.Trim(), Is.EqualTo(FunctionHost.Answer(JsonSerializer.Serialize(request)).Body));
        Assert.That(r.LambdaInvocations, Is.EqualTo(1));
        Assert.That(r.States[^1], Is.EqualTo("Text too large"));
    }

    [Test]
    public void AFunctionFailureIsAnOpaque500AndAFailedExecution()
    {
        var r = PostSummarizeResult.Run(JsonSerializer.Serialize(new { text = SampleTexts.Review }), _function.CrashingUrl);

        Assert.That(r.HttpStatus, Is.EqualTo(500), r.ToString());
        Assert.That(Error(r).Error, Is.EqualTo(ErrorCodes.InternalError));
        Assert.That(r.HttpBody, Does.Not.Contain("Simulated").And.Not.Contain("Exception"));
        Assert.That(r.States[^1], Is.EqualTo("Summarizer failed"));
        Assert.That(r.ExecutionStatus, Is.EqualTo("FAILED"));
    }

    [Test]
    public void AnUnhandledLambdaErrorIsCaughtNotRetriedAndItsStackTraceNeverReachesTheCaller()
    {
        const string cause = "{\"errorType\":\"OutOfMemoryException\",\"errorMessage\":\"boom\",\"stackTrace\":[\"at Summarizer.Engine.Secret()\"]}";
        var r = Post(new { text = SampleTexts.Review }, new Fault("Lambda.Unknown", cause));

        Assert.That(r.HttpStatus, Is.EqualTo(500), r.ToString());
        Assert.That(r.LambdaInvocations, Is.EqualTo(1));
        Assert.That(r.HttpBody, Does.Not.Contain("stackTrace").And.Not.Contain("Secret").And.Not.Contain("OutOfMemory"));
        Assert.That((string?)r.StartSyncExecution!["cause"], Does.Not.Contain("Secret"), "the Fail state replaces the cause too");
    }

    [TestCase("Lambda.ServiceException", 1)]
    [TestCase("Lambda.AWSLambdaException", 2)]
    [TestCase("Lambda.SdkClientException", 1)]
    [TestCase("Lambda.TooManyRequestsException", 3)]
    public void TransientLambdaErrorsAreRetriedThenSucceed(string error, int times)
    {
        var r = Post(new { text = SampleTexts.Review }, Enumerable.Repeat(new Fault(error), times).ToArray());

        Assert.That(r.HttpStatus, Is.EqualTo(200), r.ToString());
        Assert.That(r.Retries, Is.EqualTo(times));
        Assert.That(r.LambdaInvocations, Is.EqualTo(times + 1));
    }

    [Test]
    public void PersistentServiceErrorsGiveUpAfterTheRetryBudgetWith500()
    {
        var r = Post(new { text = SampleTexts.Review }, Enumerable.Repeat(new Fault("Lambda.ServiceException"), 5).ToArray());

        Assert.That(r.HttpStatus, Is.EqualTo(500), r.ToString());
        Assert.That(r.LambdaInvocations, Is.EqualTo(3), "one call and two retries");
        Assert.That(r.ExecutionStatus, Is.EqualTo("FAILED"));
    }

    private static ErrorResponse Error(PostSummarizeResult r) =>
        JsonSerializer.Deserialize(r.HttpBody, ContractJsonContext.Default.ErrorResponse) ?? throw new AssertionException(r.ToString());
}
