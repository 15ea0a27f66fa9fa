using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Summarizer.Contract;

/// <summary>The body of POST /summarize. <c>sentences</c>, <c>ratio</c> and <c>method</c> are optional. The annotations
/// describe the contract for the OpenAPI document; <see cref="SummarizeRequestReader"/> enforces it.</summary>
public sealed record SummarizeRequest
{
    // Its minimum length (1) is added by the OpenAPI document's schema transformer: MinLengthAttribute needs
    // reflection that the trimmed Lambda package warns about.
    [JsonPropertyName("text"), Required]
    public string? Text { get; init; }

    [JsonPropertyName("sentences"), Range(ContractLimits.MinSentences, ContractLimits.MaxSentences)]
    [Description("Sentences in the summary (not with ratio). Default: ceil(sqrt(number of sentences)).")]
    public int? Sentences { get; init; }

    [JsonPropertyName("ratio"), Range(ContractLimits.MinRatioExclusive, ContractLimits.MaxRatio, MinimumIsExclusive = true)]
    [Description("Share of the input's sentences to keep, above 0 and at most 1 (not with sentences).")]
    public double? Ratio { get; init; }

    // Its lengths (1 to ContractLimits.MaxMethodNameLength) are added by the OpenAPI document's schema transformer too.
    [JsonPropertyName("method")]
    [Description("Summarization method; unknown names are a 400. Default: the engine's best.")]
    public string? Method { get; init; }
}
