using System.Text;
using System.Text.Json;

namespace Summarizer.Contract.Tests;

/// <summary>The contract's input rules: the local server and the Lambda function both answer through this reader.</summary>
public class SummarizeRequestReaderTests
{
    private static RequestReadResult Read(string body, Func<string, bool>? known = null) =>
        SummarizeRequestReader.Read(Encoding.UTF8.GetBytes(body), known);

    [Test]
    public void ValidRequestKeepsEveryField()
    {
        var r = Read("""{"text":"Great tea. Would buy again.","sentences":2,"method":"kmeans","extra":[1,{"a":2}]}""");
        Assert.That(r.IsValid, Is.True, r.Error?.Message);
        Assert.That(r.Request!.Text, Is.EqualTo("Great tea. Would buy again."));
        Assert.That(r.Request.Sentences, Is.EqualTo(2));
        Assert.That(r.Request.Method, Is.EqualTo("kmeans"));
        Assert.That(r.Request.Ratio, Is.Null);
    }

    [Test]
    public void EscapedAndNonAsciiTextIsDecoded()
    {
        var r = Read("{\"text\":\"caf\\u00e9 \\\"quoted\\\" 茶 🍵\"}");
        Assert.That(r.IsValid, Is.True, r.Error?.Message);
        Assert.That(r.Request!.Text, Is.EqualTo("café \"quoted\" 茶 🍵"));
    }

    [TestCase("", TestName = "Empty body")]
    [TestCase("not json", TestName = "Not JSON")]
    [TestCase("{\"text\":\"a\"", TestName = "Truncated JSON")]
    [TestCase("[\"text\"]", TestName = "An array, not an object")]
    [TestCase("\"text\"", TestName = "A string, not an object")]
    [TestCase("{\"text\":\"a\"} {}", TestName = "Two values")]
    [TestCase("{}", TestName = "Missing text")]
    [TestCase("{\"text\":null}", TestName = "Null text")]
    [TestCase("{\"text\":42}", TestName = "Number text")]
    [TestCase("{\"text\":[\"a\"]}", TestName = "Array text")]
    [TestCase("{\"text\":\"   \\n\\t \"}", TestName = "Whitespace text")]
    [TestCase("{\"text\":\"a\",\"sentences\":0}", TestName = "Zero sentences")]
    [TestCase("{\"text\":\"a\",\"sentences\":-3}", TestName = "Negative sentences")]
    [TestCase("{\"text\":\"a\",\"sentences\":1001}", TestName = "Too many sentences")]
    [TestCase("{\"text\":\"a\",\"sentences\":2.5}", TestName = "Fractional sentences")]
    [TestCase("{\"text\":\"a\",\"sentences\":\"3\"}", TestName = "String sentences")]
    [TestCase("{\"text\":\"a\",\"ratio\":0}", TestName = "Zero ratio")]
    [TestCase("{\"text\":\"a\",\"ratio\":1.5}", TestName = "Ratio above one")]
    [TestCase("{\"text\":\"a\",\"ratio\":-0.1}", TestName = "Negative ratio")]
    [TestCase("{\"text\":\"a\",\"ratio\":0.5,\"sentences\":2}", TestName = "Both ratio and sentences")]
    [TestCase("{\"text\":\"a\",\"method\":7}", TestName = "Number method")]
    public void InvalidInputIs400WithAMessage(string body)
    {
        var r = Read(body);
        Assert.That(r.IsValid, Is.False);
        Assert.That(r.StatusCode, Is.EqualTo(400));
        Assert.That(r.Error!.Error, Is.EqualTo(ErrorCodes.InvalidInput));
        Assert.That(r.Error.Message, Is.Not.Empty);
    }

    [Test]
    public void UnknownMethodIsRejectedOnlyWhenTheCallerKnowsTheMethods()
    {
        const string body = """{"text":"a b c","method":"magic"}""";
        Assert.That(Read(body).IsValid, Is.True);
        var r = Read(body, m => m == "kmeans");
        Assert.That(r.StatusCode, Is.EqualTo(400));
        Assert.That(r.Error!.Message, Does.Contain("magic"));
    }

    [Test]
    public void TextAtTheLimitIsAcceptedAndOneByteMoreIs413()
    {
        string atLimit = new('a', ContractLimits.MaxTextUtf8Bytes);
        Assert.That(Read(Body(atLimit)).IsValid, Is.True);
        var over = Read(Body(atLimit + "a"));
        Assert.That(over.StatusCode, Is.EqualTo(413));
        Assert.That(over.Error!.Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));
    }

    [Test]
    public void TheLimitCountsUtf8BytesNotCharacters()
    {
        // 'é' is one char but two UTF-8 bytes: half the limit in chars is exactly the limit in bytes.
        string twoByteChars = new('é', ContractLimits.MaxTextUtf8Bytes / 2 + 1);
        Assert.That(Read(Body(twoByteChars)).StatusCode, Is.EqualTo(413));
    }

    [Test]
    public void EscapedTextOverTheLimitIs413()
    {
        // Escapes make the JSON longer than the text; the limit is on the decoded text.
        string quotes = new('"', ContractLimits.MaxTextUtf8Bytes + 1);
        Assert.That(Read(Body(quotes)).StatusCode, Is.EqualTo(413));
    }

    [Test]
    public void ATextAtTheLimitWrittenWithTheLongestEscapesFitsTheBodyLimit()
    {
        // Six bytes of JSON for each byte of text, plus options: the body limit must not refuse a text the contract accepts.
        var body = $$"""{"text": "{{string.Concat(Enumerable.Repeat("\\u0041", ContractLimits.MaxTextUtf8Bytes))}}", "sentences": 3, "method": "lead"}""";
        Assert.That(body.Length, Is.GreaterThan(ContractLimits.MaxEscapedBytesPerChar * ContractLimits.MaxTextUtf8Bytes));
        Assert.That(Read(body).IsValid, Is.True);
    }

    [TestCase(0, 400)]
    [TestCase(ContractLimits.MaxMethodNameLength, 200)]
    [TestCase(ContractLimits.MaxMethodNameLength + 1, 400)]
    public void AMethodNameIsOneToTheLongestNamesCharacters(int length, int status)
    {
        // Whether or not the caller knows the methods: the name's length bounds the real-time path's envelope.
        Assert.That(Read($$"""{"text": "a b c", "method": "{{new string('m', length)}}"}""").StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void HugeBodyIs413WithoutParsing()
    {
        var body = new byte[ContractLimits.MaxRequestBytes + 1];
        Assert.That(SummarizeRequestReader.Read(body).StatusCode, Is.EqualTo(413));
    }

    [Test]
    public void InvalidUtf8IsRejectedAsInvalidInput()
    {
        byte[] body = [.. "{\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        Assert.That(SummarizeRequestReader.Read(body).StatusCode, Is.EqualTo(400));
    }

    [TestCase("application/json", true)]
    [TestCase("Application/JSON; charset=utf-8", true)]
    [TestCase("application/json; charset=\"UTF-8\"", true)]
    [TestCase("application/json; charset=iso-8859-1", false)]
    [TestCase("text/plain", false)]
    [TestCase("application/jsonx", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void ContentTypeMustBeJson(string? contentType, bool accepted) =>
        Assert.That(SummarizeRequestReader.IsJsonContentType(contentType), Is.EqualTo(accepted));

    [Test]
    public void ResponsesSerializeWithTheContractsNames()
    {
        var response = new SummarizeResponse
        {
            Summary = "s1 s2",
            Sentences = [new SummarySentenceDto(0, "s1", 0.5f), new SummarySentenceDto(3, "s2", 0.25f)],
            InputSentences = 10,
            Method = "kmeans",
            ModelVersion = "v1",
        };
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(response, ContractJsonContext.Default.SummarizeResponse));
        var root = doc.RootElement;
        Assert.That(root.GetProperty("summary").GetString(), Is.EqualTo("s1 s2"));
        Assert.That(root.GetProperty("sentences")[1].GetProperty("index").GetInt32(), Is.EqualTo(3));
        Assert.That(root.GetProperty("sentences")[1].GetProperty("score").GetSingle(), Is.EqualTo(0.25f));
        Assert.That(root.GetProperty("inputSentences").GetInt32(), Is.EqualTo(10));
        Assert.That(root.GetProperty("modelVersion").GetString(), Is.EqualTo("v1"));

        var error = JsonSerializer.Serialize(new ErrorResponse(ErrorCodes.InvalidInput, "m"), ContractJsonContext.Default.ErrorResponse);
        Assert.That(error, Is.EqualTo("""{"error":"InvalidInput","message":"m"}"""));
    }

    [TestCase(ErrorCodes.InvalidInput, 400)]
    [TestCase(ErrorCodes.PayloadTooLarge, 413)]
    [TestCase(ErrorCodes.UnsupportedMediaType, 415)]
    [TestCase(ErrorCodes.InternalError, 500)]
    public void ErrorCodesMapToStatusCodes(string code, int status) =>
        Assert.That(ErrorCodes.StatusCodeOf(code), Is.EqualTo(status));

    private static string Body(string text) => JsonSerializer.Serialize(new SummarizeRequest { Text = text }, ContractJsonContext.Default.SummarizeRequest);
}
