using System.Text;
using System.Text.Json;
using Summarizer.Contract;
using Summarizer.Engine;
using Summarizer.Function;
using Summarizer.Testing;

namespace Summarizer.Function.Tests;

/// <summary>The function's request handling in process (a unit test of <see cref="SummarizeInvocation"/> with the
/// engine the function loads): bytes in, envelope bytes out. The package itself is proven in PackageTests.</summary>
public class RequestHandlingTests
{
    private const string Review = SampleTexts.Review;

    private static readonly SummarizeInvocation Function = new(SummarizerEngine.LoadDefault(), TextWriter.Null);

    internal static Envelope Invoke(string body) => Invoke(Encoding.UTF8.GetBytes(body));

    internal static Envelope Invoke(byte[] body) => Envelope.Parse(Function.Answer(body));

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    [Test]
    public void SummarizesAReviewIntoSentencesOfTheInputInOrder()
    {
        var answer = Invoke(Json(new { text = Review, sentences = 3 }));

        Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body);
        var summary = answer.Summary();
        Assert.That(summary.Sentences, Has.Count.EqualTo(3));
        Assert.That(summary.Sentences.Select(s => s.Index), Is.Ordered.Ascending);
        Assert.That(summary.Sentences, Has.All.Matches<SummarySentenceDto>(s => Review.Contains(s!.Text)));
        Assert.That(summary.Summary, Is.EqualTo(string.Join(' ', summary.Sentences.Select(s => s.Text))));
        Assert.That(summary.InputSentences, Is.GreaterThanOrEqualTo(9));
        Assert.That(summary.ModelVersion, Is.EqualTo(SummarizerEngine.LoadDefault().ModelVersion));
        Assert.That(SummarizerEngine.IsKnownMethod(summary.Method), summary.Method);
    }

    [Test]
    public void AnswersTheSameBodyAsTheEngineForTheSameRequest()
    {
        var expected = SummarizerEngine.LoadDefault().Summarize(Review, new SummaryOptions(Sentences: 2));
        var summary = Invoke(Json(new { text = Review, sentences = 2 })).Summary();
        Assert.That(summary.Summary, Is.EqualTo(expected.Summary));
        Assert.That(summary.InputSentences, Is.EqualTo(expected.InputSentences));
    }

    // Every case the contract answers 400 or 413 comes back with that status and the contract's error code.
    [TestCase("", 400, ErrorCodes.InvalidInput, TestName = "Empty body")]
    [TestCase("{\"text\": \"unterminated", 400, ErrorCodes.InvalidInput, TestName = "Invalid JSON")]
    [TestCase("[\"text\"]", 400, ErrorCodes.InvalidInput, TestName = "Not an object")]
    [TestCase("{}", 400, ErrorCodes.InvalidInput, TestName = "Missing text")]
    [TestCase("{\"text\": 42}", 400, ErrorCodes.InvalidInput, TestName = "Text not a string")]
    [TestCase("{\"text\": \"   \"}", 400, ErrorCodes.InvalidInput, TestName = "Blank text")]
    [TestCase("{\"text\": \"A. B.\", \"sentences\": 0}", 400, ErrorCodes.InvalidInput, TestName = "Sentences below range")]
    [TestCase("{\"text\": \"A. B.\", \"sentences\": 2.5}", 400, ErrorCodes.InvalidInput, TestName = "Sentences not whole")]
    [TestCase("{\"text\": \"A. B.\", \"ratio\": 0}", 400, ErrorCodes.InvalidInput, TestName = "Ratio zero")]
    [TestCase("{\"text\": \"A. B.\", \"ratio\": 0.5, \"sentences\": 1}", 400, ErrorCodes.InvalidInput, TestName = "Both length options")]
    [TestCase("{\"text\": \"A. B.\", \"method\": \"no-such-method\"}", 400, ErrorCodes.InvalidInput, TestName = "Unknown method")]
    public void AnswersContractErrors(string body, int status, string error)
    {
        var answer = Invoke(body);
        Assert.That(answer.StatusCode, Is.EqualTo(status), answer.Body);
        Assert.That(answer.Error().Error, Is.EqualTo(error));
        Assert.That(answer.Error().Message, Is.Not.Empty);
    }

    [Test]
    public void TextOverTheLimitIs413AndAtTheLimitIsSummarized()
    {
        // Long sentences (~4 KB each): the point is the byte limit, not the engine's cost on 20,000 tiny sentences.
        var sentence = string.Concat(Enumerable.Repeat("good treat ", 370)) + "indeed. ";
        string AtLength(int bytes) => string.Concat(Enumerable.Repeat(sentence, bytes / sentence.Length + 1))[..bytes];

        var over = Invoke(Json(new { text = AtLength(ContractLimits.MaxTextUtf8Bytes + 1), sentences = 1 }));
        Assert.That(over.StatusCode, Is.EqualTo(413), over.Body);
        Assert.That(over.Error().Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));

        var atLimit = Invoke(Json(new { text = AtLength(ContractLimits.MaxTextUtf8Bytes), sentences = 1 }));
        Assert.That(atLimit.StatusCode, Is.EqualTo(200), atLimit.Body[..Math.Min(200, atLimit.Body.Length)]);
    }

    [Test]
    public void MultiByteTextIsMeasuredInUtf8Bytes()
    {
        // 100,000 characters of 3-byte UTF-8: under the limit in characters, over it in bytes.
        var text = new string('語', 100_000);
        var answer = Invoke(Json(new { text }));
        Assert.That(answer.StatusCode, Is.EqualTo(413), answer.Body);
    }

    [Test]
    public void NonAsciiTextRoundTripsUnescapedInTheEnvelope()
    {
        const string text = "Très bon café — je recommande ! 日本語の文です。Emoji too 🐶. Ünïcödé works fine.";
        var raw = Function.Answer(Encoding.UTF8.GetBytes(Json(new { text, sentences = 3 })));
        var answer = Envelope.Parse(raw);
        Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body);
        var summary = answer.Summary();
        Assert.That(summary.Sentences, Has.All.Matches<SummarySentenceDto>(s => text.Contains(s!.Text)));
        Assert.That(summary.Summary, Does.Contain("café").Or.Contain("日本語").Or.Contain("Ünïcödé"));
        // Raw UTF-8, not \u escapes: CJK escaped would take 6 bytes a character of the 256 KiB quota instead of 3.
        var envelopeText = Encoding.UTF8.GetString(raw);
        // (Characters outside the BMP, like the emoji, are still escaped by .NET's encoders: 12 bytes instead of 4.)
        Assert.That(envelopeText, Does.Contain("café").And.Contain("日本語の文です"));
    }

    [Test]
    public void AnAnswerTooLargeForStepFunctionsBecomesA413InsteadOfAFailedExecution()
    {
        // Within the text limit, but every backslash takes four bytes in the envelope (escaped in the body, then in the
        // envelope's string), and every sentence asked for comes back twice (summary and sentence list).
        var text = string.Concat(Enumerable.Range(0, 190).Select(i => $"Row {i} says {new string('\\', 200)} fine. "));
        Assert.That(Encoding.UTF8.GetByteCount(text), Is.LessThan(ContractLimits.MaxTextUtf8Bytes));

        var answer = Invoke(Json(new { text, sentences = ContractLimits.MaxSentences }));

        Assert.That(answer.StatusCode, Is.EqualTo(413), answer.Body[..Math.Min(300, answer.Body.Length)]);
        Assert.That(answer.Error().Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));
        Assert.That(answer.Error().Message, Does.Contain("fewer sentences"));
    }

    [Test]
    public void EveryEnvelopeFitsTheStepFunctionsQuotaWithRoomForLambdaMetadata()
    {
        // A text at the limit, half of it backslashes (four envelope bytes each), returned whole: an answer near the bound.
        var sentence = $"Tasty {new string('\\', 30)} and cheap, my dog loves it. ";
        var near = string.Concat(Enumerable.Repeat(sentence, ContractLimits.MaxTextUtf8Bytes / sentence.Length));
        var answer = Invoke(Json(new { text = near, ratio = 1.0 }));
        Assert.That(answer.StatusCode, Is.EqualTo(200), answer.Body[..Math.Min(300, answer.Body.Length)]);
        Assert.That(answer.SizeBytes, Is.InRange(ContractLimits.StepFunctionsPayloadMaxBytes / 2, ContractLimits.StepFunctionsPayloadMaxBytes - 4096));
    }
}
