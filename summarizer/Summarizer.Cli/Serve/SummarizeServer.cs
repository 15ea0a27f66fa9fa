using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Cli.Serve;

/// <summary>The local HTTP server: Kestrel with the contract's two routes and the page to try them (GET /), no
/// per-request logging, no server header, every API answer in the contract's shape (unknown routes and methods too),
/// and the limits of <see cref="ServeLimits"/>.</summary>
public static class SummarizeServer
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public const string OpenApiDocumentName = "v1";

    /// <summary>Where the OpenAPI 3.1 document of the routes is served.</summary>
    public const string OpenApiPath = "/openapi/{documentName}.json";

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
        // The OpenAPI document is generated from the contract types and the routes' metadata below.
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ServeJsonContext.Default);
            // As the contract reads numbers: never from strings.
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(OpenApiDocumentName, openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Summarizer";
            document.Info.Description = "Extractive summaries of reviews: the POST /summarize contract of the deployed API and of `summarizer serve`.";
            document.Info.Version = modelVersion;
            // The same document describes every server (the deployed API, any local one): no address in it.
            document.Servers?.Clear();
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // The text's limit is on UTF-8 bytes (a 413 above it), which JSON Schema's maxLength (characters) cannot say.
            // The lengths are set here, not by attributes: MinLengthAttribute and its kin need reflection that the
            // trimmed Lambda package warns about.
            if (context.JsonTypeInfo.Type == typeof(SummarizeRequest))
            {
                if (schema.Properties?.TryGetValue("text", out var text) == true && text is Microsoft.OpenApi.OpenApiSchema textSchema)
                {
                    textSchema.Description = $"The text to summarize: at most {ContractLimits.MaxTextUtf8Bytes} bytes of UTF-8 (413 above).";
                    textSchema.MinLength = 1;
                }
                if (schema.Properties?.TryGetValue("method", out var method) == true && method is Microsoft.OpenApi.OpenApiSchema methodSchema)
                {
                    methodSchema.MinLength = 1;
                    methodSchema.MaxLength = ContractLimits.MaxMethodNameLength;
                }
            }
            // A required property is never null in the contract (the reader answers 400), whatever its C# type says.
            foreach (var name in schema.Required ?? new HashSet<string>())
                if (schema.Properties?.TryGetValue(name, out var property) == true && property is Microsoft.OpenApi.OpenApiSchema concrete)
                    concrete.Type &= ~Microsoft.OpenApi.JsonSchemaType.Null;
            return Task.CompletedTask;
        }));
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
        // Routing's own 404, 405 and 415 (the route accepts JSON only) have no body: give them the contract's.
        app.UseStatusCodePages(pages => pages.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => SummarizeEndpoint.WriteErrorAsync(pages.HttpContext, ContractErrors.NotFound(pages.HttpContext.Request.Path)),
            StatusCodes.Status405MethodNotAllowed => SummarizeEndpoint.WriteErrorAsync(pages.HttpContext,
                ContractErrors.MethodNotAllowed(pages.HttpContext.Request.Method, pages.HttpContext.Request.Path)),
            StatusCodes.Status415UnsupportedMediaType => SummarizeEndpoint.WriteErrorAsync(pages.HttpContext,
                SummarizeRequestReader.UnsupportedMediaType(pages.HttpContext.Request.ContentType)),
            _ => Task.CompletedTask,
        });

        // Handlers take the HttpContext only (no per-request binding work); passed as delegates so that the OpenAPI
        // document lists them, with their request and responses described by metadata.
        app.MapPost(SummarizeRoute.Path, (Func<HttpContext, Task>)summarize.HandleAsync)
            .WithName("Summarize").WithTags("summarizer")
            .WithMetadata(new AcceptsMetadata([ContractJson.ContentType], typeof(SummarizeRequest)))
            .WithMetadata(Responses(typeof(SummarizeResponse), StatusCodes.Status200OK))
            .WithMetadata(Responses(typeof(ErrorResponse), ErrorStatuses));
        var health = JsonSerializer.SerializeToUtf8Bytes(new HealthResponse("ok", modelVersion), ServeJsonContext.Default.HealthResponse);
        app.MapGet("/health", (Func<HttpContext, Task>)(context => SummarizeEndpoint.WriteJsonAsync(context, StatusCodes.Status200OK, health)))
            .WithName("Health").WithTags("summarizer")
            .WithMetadata(Responses(typeof(HealthResponse), StatusCodes.Status200OK));
        app.MapOpenApi(OpenApiPath);
        // The page is for people, not part of the API: left out of the OpenAPI document.
        var page = new TryPage(SummarizerEngine.Methods, SummarizerEngine.DefaultMethod);
        app.MapGet(TryPage.Path, (Func<HttpContext, Task>)page.WriteAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>Every error status POST /summarize can answer here, each with an <see cref="ErrorResponse"/> body.</summary>
    public static readonly int[] ErrorStatuses =
    [
        ErrorCodes.StatusCodeOf(ErrorCodes.InvalidInput), ErrorCodes.StatusCodeOf(ErrorCodes.RequestTimeout),
        ErrorCodes.StatusCodeOf(ErrorCodes.PayloadTooLarge), ErrorCodes.StatusCodeOf(ErrorCodes.UnsupportedMediaType),
        ErrorCodes.StatusCodeOf(ErrorCodes.InternalError),
    ];

    private static object[] Responses(Type body, params int[] statuses) =>
        statuses.Select(s => (object)new ProducesResponseTypeMetadata(s, body, [ContractJson.ContentType])).ToArray();

    /// <summary>The addresses Kestrel actually listens on (port 0 resolved to the real port).</summary>
    public static IReadOnlyCollection<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
}
