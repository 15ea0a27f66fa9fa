using Microsoft.AspNetCore.Builder;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Summarizer.Cli.Serve;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Cli.Tests.Serve;

/// <summary>POST /summarize and GET /health on a real Kestrel on 127.0.0.1 (free port): the contract's
/// success and error cases, byte for byte what a client sees.</summary>
public class ServeTests
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private SummarizerEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _engine = SummarizerEngine.LoadDefault();
        _app = SummarizeServer.Build(_engine, "http://127.0.0.1:0");
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(SummarizeServer.Addresses(_app).Single()) };
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _http?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    private const string Review = "I bought these for my dog. She loves them and asks for more every evening. " +
                                  "The bag arrived torn, which was annoying. Still, the treats are fresh and smell fine. " +
                                  "I will order again next month.";

    private Task<HttpResponseMessage> PostAsync(string body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return _http.PostAsync("/summarize", content);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), type)!;
    }

    [Test]
    public async Task ValidRequestGetsTheSummaryWithDefaults()
    {
        using var response = await PostAsync(JsonSerializer.Serialize(new SummarizeRequest { Text = Review }, ContractJsonContext.Default.SummarizeRequest));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadAsync(response, ContractJsonContext.Default.SummarizeResponse);
        var expected = _engine.Summarize(Review);
        Assert.That(body.Method, Is.EqualTo(SummarizerEngine.DefaultMethod));
        Assert.That(body.ModelVersion, Is.EqualTo(_engine.ModelVersion));
        Assert.That(body.InputSentences, Is.EqualTo(expected.InputSentences));
        Assert.That(body.Summary, Is.EqualTo(expected.Summary));
        Assert.That(body.Sentences.Select(s => s.Index), Is.EqualTo(expected.Sentences.Select(s => s.Index)));
        Assert.That(body.Sentences, Is.Not.Empty);
    }

    [Test]
    public async Task SentencesAndMethodAreHonoured()
    {
        var method = SummarizerEngine.Methods[^1];
        using var response = await PostAsync($$"""{"text": {{JsonSerializer.Serialize(Review)}}, "sentences": 2, "method": "{{method}}"}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadAsync(response, ContractJsonContext.Default.SummarizeResponse);
        Assert.That(body.Sentences, Has.Count.EqualTo(2));
        Assert.That(body.Method, Is.EqualTo(method));
    }

    [Test]
    public async Task NonAsciiTextRoundTrips()
    {
        const string text = "Très bon café, je recommande vivement. 这个咖啡很好喝。 Ünglaublich gut 😀.";
        using var response = await PostAsync($$"""{"text": "{{text}}", "ratio": 1}""", "application/json; charset=utf-8");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadAsync(response, ContractJsonContext.Default.SummarizeResponse);
        Assert.That(body.Summary, Does.Contain("Très bon café"));
    }

    [Test]
    public async Task AnswersAreTheContractsOneSerializationEscapingOnlyWhatJsonRequires()
    {
        const string text = "C'est \"très\" bon + pas cher. 这个咖啡很好喝。 Great 😀 value <b>&</b>. Would buy again.";
        using var response = await PostAsync(JsonSerializer.Serialize(new SummarizeRequest { Text = text, Ratio = 1 }, ContractJsonContext.Default.SummarizeRequest));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var expected = ContractJson.Serialize(_engine.Summarize(text, new SummaryOptions { Ratio = 1 }).ToResponse(_engine.ModelVersion));
        Assert.That(bytes, Is.EqualTo(expected), "the bytes the Lambda function writes too (ContractJson)");
        var json = Encoding.UTF8.GetString(bytes);
        Assert.That(json, Does.Contain("C'est").And.Contain("+ pas").And.Contain("这个咖啡").And.Contain("hybrid+textrank"));
        Assert.That(JsonSerializer.Deserialize(json, ContractJsonContext.Default.SummarizeResponse)!.Summary, Does.Contain("Great 😀 value"));
        Assert.That(json, Does.Contain("\\\"très\\\""), "quotes escaped as JSON requires");
    }

    public static IEnumerable<TestCaseData> InvalidBodies()
    {
        yield return new TestCaseData("{\"text\": ").SetName("Truncated JSON is 400");
        yield return new TestCaseData("not json").SetName("Not JSON is 400");
        yield return new TestCaseData("").SetName("Empty body is 400");
        yield return new TestCaseData("[\"text\"]").SetName("A JSON array is 400");
        yield return new TestCaseData("{}").SetName("Missing text is 400");
        yield return new TestCaseData("{\"text\": \"\"}").SetName("Empty text is 400");
        yield return new TestCaseData("{\"text\": \"   \"}").SetName("Whitespace text is 400");
        yield return new TestCaseData("{\"text\": 42}").SetName("Non-string text is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"sentences\": 0}").SetName("Zero sentences is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"sentences\": 2.5}").SetName("Fractional sentences is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"ratio\": 0}").SetName("Zero ratio is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"ratio\": 1.5}").SetName("Ratio above 1 is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"sentences\": 2, \"ratio\": 0.5}").SetName("Sentences and ratio is 400");
        yield return new TestCaseData("{\"text\": \"A b.\", \"method\": \"no-such-method\"}").SetName("Unknown method is 400");
    }

    [TestCaseSource(nameof(InvalidBodies))]
    public async Task InvalidInputIs400(string body)
    {
        using var response = await PostAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = await ReadAsync(response, ContractJsonContext.Default.ErrorResponse);
        Assert.That(error.Error, Is.EqualTo(ErrorCodes.InvalidInput));
        Assert.That(error.Message, Is.EqualTo(SummarizeRequestReader.Read(Encoding.UTF8.GetBytes(body), SummarizerEngine.IsKnownMethod).Error!.Message),
            "the same words as the shared contract reader (and so the Lambda function)");
    }

    [Test]
    public async Task TextOverTheLimitIs413()
    {
        var text = new string('a', ContractLimits.MaxTextUtf8Bytes + 1);
        using var response = await PostAsync($$"""{"text": "{{text}}"}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await ReadAsync(response, ContractJsonContext.Default.ErrorResponse)).Error, Is.EqualTo(ErrorCodes.PayloadTooLarge));
    }

    [Test]
    public async Task TextJustUnderTheLimitIsAccepted()
    {
        var sentence = "This sentence is fine. ";
        var text = string.Concat(Enumerable.Repeat(sentence, ContractLimits.MaxTextUtf8Bytes / sentence.Length));
        using var response = await PostAsync($$"""{"text": "{{text}}", "sentences": 1}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AHugeChunkedBodyIs413WithoutReadingItAll()
    {
        // No Content-Length: the server must stop reading at the contract's limit by itself, answer, and close the
        // connection (the rest of the body is never read). A raw socket, since a client still sending when the server
        // closes sees a broken pipe before it reads the answer.
        using var client = new System.Net.Sockets.TcpClient();
        var address = new Uri(SummarizeServer.Addresses(_app).Single());
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        _ = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
                var chunk = Encoding.ASCII.GetBytes($"10000\r\n{new string('b', 0x10000)}\r\n");
                for (var sent = 0L; sent < 3L * ContractLimits.MaxRequestBytes; sent += 0x10000) await stream.WriteAsync(chunk);
            }
            catch (IOException)
            {
                // The server closed the connection before the whole body was sent.
            }
        });
        // ReadToEnd returns once the server has answered and closed the connection.
        var answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(answer, Does.StartWith("HTTP/1.1 413"));
        Assert.That(answer, Does.Contain("Connection: close").IgnoreCase);
        Assert.That(answer, Does.EndWith(Encoding.UTF8.GetString(ContractJson.Serialize(SummarizeRequestReader.PayloadTooLarge))));
    }

    [Test]
    public async Task AChunkedBodyInManyPiecesIsRead()
    {
        var json = JsonSerializer.Serialize(new SummarizeRequest { Text = string.Concat(Enumerable.Repeat(Review + " ", 150)) }, ContractJsonContext.Default.SummarizeRequest);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)), bufferSize: 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/summarize") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/json; charset=latin1")]
    [TestCase(null)]
    public async Task WrongContentTypeIs415(string? contentType)
    {
        using var response = await PostAsync("{\"text\": \"Fine.\"}", contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That((await ReadAsync(response, ContractJsonContext.Default.ErrorResponse)).Error, Is.EqualTo(ErrorCodes.UnsupportedMediaType));
    }

    [Test]
    public async Task HealthAnswersWithTheModelVersion()
    {
        using var response = await _http.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var health = await ReadAsync(response, ServeJsonContext.Default.HealthResponse);
        Assert.That(health.Status, Is.EqualTo("ok"));
        Assert.That(health.ModelVersion, Is.EqualTo(_engine.ModelVersion));
    }

    [Test]
    public async Task GetOnSummarizeIsNotAllowedInTheContractsShape()
    {
        using var response = await _http.GetAsync("/summarize");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        var error = await ReadAsync(response, ContractJsonContext.Default.ErrorResponse);
        Assert.That(error, Is.EqualTo(ContractErrors.MethodNotAllowed("GET", "/summarize")));
        Assert.That(ErrorCodes.StatusCodeOf(error.Error), Is.EqualTo(405));
    }

    [TestCase("/no-such-route")]
    [TestCase("/summarize/extra")]
    public async Task AnUnknownRouteIs404InTheContractsShape(string path)
    {
        using var response = await _http.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var error = await ReadAsync(response, ContractJsonContext.Default.ErrorResponse);
        Assert.That(error, Is.EqualTo(ContractErrors.NotFound(path)));
        Assert.That(error.Message, Does.Contain("POST /summarize"));
    }

    [Test]
    public async Task ABodyThatTricklesIsAnsweredWith408ByTheDeadlineAndTheConnectionClosed()
    {
        using var client = new System.Net.Sockets.TcpClient();
        var address = new Uri(SummarizeServer.Addresses(_app).Single());
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        var head = Encoding.ASCII.GetBytes("POST /summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"");
        await stream.WriteAsync(head);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync().WaitAsync(ServeLimits.BodyDeadline + TimeSpan.FromSeconds(20));
        Assert.That(started.Elapsed, Is.LessThan(ServeLimits.BodyDeadline + TimeSpan.FromSeconds(5)), "by the deadline");
        Assert.That(answer, Does.StartWith("HTTP/1.1 408"));
        Assert.That(answer, Does.Contain("Connection: close").IgnoreCase);
        Assert.That(answer, Does.EndWith(Encoding.UTF8.GetString(ContractJson.Serialize(ContractErrors.RequestTimeout))));
    }
}
