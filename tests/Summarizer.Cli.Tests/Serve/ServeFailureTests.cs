using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Cli.Serve;
using Summarizer.Contract;

namespace Summarizer.Cli.Tests.Serve;

/// <summary>An engine that throws: the client gets the contract's opaque 500, the log gets the stack trace.</summary>
public class ServeFailureTests
{
    [Test]
    public async Task An_unexpected_failure_is_the_contracts_500_for_the_client_and_logged_with_its_stack_trace()
    {
        var log = new RecordingLog();
        var endpoint = new SummarizeEndpoint((_, _) => throw new InvalidOperationException("secret detail: the disk is on fire"), "model-x");
        await using var app = SummarizeServer.Build(endpoint, "model-x", "http://127.0.0.1:0", log);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(SummarizeServer.Addresses(app).Single()) };

        using var response = await http.PostAsync("/summarize", new StringContent("{\"text\": \"Fine. Really fine.\"}", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(JsonSerializer.Deserialize(body, ContractJsonContext.Default.ErrorResponse), Is.EqualTo(ContractErrors.Internal));
        Assert.That(body, Does.Not.Contain("disk is on fire"), "no detail reaches the client");
        Assert.That(log.Errors, Has.Some.Contains("disk is on fire").And.Some.Contains("POST /summarize"), "the detail reaches the log");
    }

    private sealed class RecordingLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Errors { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Errors.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
