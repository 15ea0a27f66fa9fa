using Summarizer.Engine;

namespace Summarizer.Contract;

/// <summary>
/// The one mapping between the POST /summarize contract and the engine's types, shared by
/// <c>summarizer serve</c> and the Lambda function so both answer a request with the same body. In the contract's
/// namespace, in a project of its own (Summarizer.Contract.Mapping) so the contract itself references nothing.
/// </summary>
public static class ContractMapping
{
    /// <summary>The engine options a validated request asks for (null fields mean the engine's defaults).</summary>
    public static SummaryOptions ToOptions(this SummarizeRequest request) =>
        new(request.Sentences, request.Ratio, request.Method);

    /// <summary>The contract's 200 body for a summary made by an engine of <paramref name="modelVersion"/>.</summary>
    public static SummarizeResponse ToResponse(this SummaryResult result, string modelVersion)
    {
        var sentences = new SummarySentenceDto[result.Sentences.Count];
        for (int i = 0; i < sentences.Length; i++)
            sentences[i] = new SummarySentenceDto(result.Sentences[i].Index, result.Sentences[i].Text, result.Sentences[i].Score);
        return new SummarizeResponse
        {
            Summary = result.Summary,
            Sentences = sentences,
            InputSentences = result.InputSentences,
            Method = result.Method,
            ModelVersion = modelVersion,
        };
    }
}
