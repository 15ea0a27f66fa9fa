using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Summarizer.Engine;

namespace Summarizer.Cli.Serve;

/// <summary>The local HTTP server: Kestrel with two routes, no per-request logging, no server header.</summary>
public static class SummarizeServer
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static WebApplication Build(SummarizerEngine engine, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        // Per-request logging costs more than a summary at these rates; failures still reach stderr.
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The endpoint stops reading at the contract's limit itself and answers 413 in the contract's words.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();

        var summarize = new SummarizeEndpoint(engine);
        app.MapPost("/summarize", summarize.HandleAsync);
        var health = JsonSerializer.SerializeToUtf8Bytes(new HealthResponse("ok", engine.ModelVersion), ServeJsonContext.Default.HealthResponse);
        app.MapGet("/health", context => SummarizeEndpoint.WriteJsonAsync(context, StatusCodes.Status200OK, health));
        return app;
    }

    /// <summary>The addresses Kestrel actually listens on (port 0 resolved to the real port).</summary>
    public static IReadOnlyCollection<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
