using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>The body of POST /summarize. <c>sentences</c>, <c>ratio</c> and <c>method</c> are optional.</summary>
public sealed record SummarizeRequest
{
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("sentences")] public int? Sentences { get; init; }
    [JsonPropertyName("ratio")] public double? Ratio { get; init; }
    [JsonPropertyName("method")] public string? Method { get; init; }
}
