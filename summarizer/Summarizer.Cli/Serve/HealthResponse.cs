using System.Text.Json.Serialization;

namespace Summarizer.Cli.Serve;

/// <summary>The body of GET /health: the server is up and which model it serves.</summary>
public sealed record HealthResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("modelVersion")] string ModelVersion);

[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class ServeJsonContext : JsonSerializerContext;
