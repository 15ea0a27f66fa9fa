using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Cli.Serve;

/// <summary>The local HTTP server: Kestrel with two routes, no per-request logging, no server header, every answer
/// in the contract's shape (unknown routes and methods too), and the limits of <see cref="ServeLimits"/>.</summary>
public static class SummarizeServer
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static WebApplication Build(SummarizerEngine engine, string urls) =>
        Build(new SummarizeEndpoint(engine), engine.ModelVersion, urls);

    /// <summary>The server around any endpoint; <paramref name="log"/> receives the log too (tests).</summary>
    internal static WebApplication Build(SummarizeEndpoint summarize, string modelVersion, string urls, ILoggerProvider? log = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        // Per-request logging costs more than a summary at these rates: warnings and errors only, on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (log is not null) builder.Logging.AddProvider(log);
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = ServeLimits.MaxConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = 0;
            kestrel.Limits.RequestHeadersTimeout = ServeLimits.HeadersDeadline;
            // The contract's body limit, enforced while reading; the endpoint answers it with the contract's 413.
            kestrel.Limits.MaxRequestBodySize = ContractLimits.MaxRequestBytes;
            // The endpoint reads a body whole before parsing it, so a connection's buffer must hold the largest
            // allowed body (Kestrel's 1 MB default would stall such a body); connections × this bounds memory.
            kestrel.Limits.MaxRequestBufferSize = ContractLimits.MaxRequestBytes + 64 * 1024;
        });
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("summarizer.serve");

        // An unexpected failure is logged with its stack trace and answered with the contract's opaque 500.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(ex, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                await SummarizeEndpoint.WriteErrorAsync(context, ContractErrors.Internal);
            }
        });
        // Routing's own 404 and 405 have no body: give them the contract's.
        app.UseStatusCodePages(pages => pages.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => SummarizeEndpoint.WriteErrorAsync(pages.HttpContext, ContractErrors.NotFound(pages.HttpContext.Request.Path)),
            StatusCodes.Status405MethodNotAllowed => SummarizeEndpoint.WriteErrorAsync(pages.HttpContext,
                ContractErrors.MethodNotAllowed(pages.HttpContext.Request.Method, pages.HttpContext.Request.Path)),
            _ => Task.CompletedTask,
        });

        app.MapPost(SummarizeRoute.Path, summarize.HandleAsync);
        var health = JsonSerializer.SerializeToUtf8Bytes(new HealthResponse("ok", modelVersion), ServeJsonContext.Default.HealthResponse);
        app.MapGet("/health", context => SummarizeEndpoint.WriteJsonAsync(context, StatusCodes.Status200OK, health));
        return app;
    }

    /// <summary>The addresses Kestrel actually listens on (port 0 resolved to the real port).</summary>
    public static IReadOnlyCollection<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
