using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>One sentence of a summary: its position among the input's sentences and its text.</summary>
public sealed record SummarySentenceDto(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("text")] string Text);

/// <summary>The 200 body of POST /summarize.</summary>
public sealed record SummarizeResponse
{
    [JsonPropertyName("summary")] public required string Summary { get; init; }
    [JsonPropertyName("sentences")] public required IReadOnlyList<SummarySentenceDto> Sentences { get; init; }
    [JsonPropertyName("inputSentences")] public required int InputSentences { get; init; }
    [JsonPropertyName("method")] public required string Method { get; init; }
    [JsonPropertyName("modelVersion")] public required string ModelVersion { get; init; }
}
