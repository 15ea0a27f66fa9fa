using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>One sentence of a summary: its position among the input's sentences, its text, and its rank score under
/// the method that picked it (higher ranked higher; the scale is the method's, see the README).</summary>
public sealed record SummarySentenceDto(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("score"), Description("The sentence's rank score under the method: higher ranked higher; the scale is the method's (PageRank for hybrid and textrank, word-frequency salience for frequency, 1 / (1 + distance to the nearest centroid) for kmeans, 1 - index / sentences for lead).")] float Score);

/// <summary>The 200 body of POST /summarize.</summary>
public sealed record SummarizeResponse
{
    [JsonPropertyName("summary")] public required string Summary { get; init; }
    [JsonPropertyName("sentences")] public required IReadOnlyList<SummarySentenceDto> Sentences { get; init; }
    [JsonPropertyName("inputSentences")] public required int InputSentences { get; init; }
    [JsonPropertyName("method")] public required string Method { get; init; }
    [JsonPropertyName("modelVersion")] public required string ModelVersion { get; init; }
}
