using Summarizer.Evaluation.Text;

namespace Summarizer.Evaluation.Systems;

/// <summary>Lead-N: the first N sentences. The classic news baseline (news puts the key facts first).</summary>
internal sealed class LeadSystem : ISummarySystem
{
    public string Name => "Lead-N";

    public IReadOnlyList<string> Summarize(string text, int sentences) =>
        PeerSentenceSplitter.Split(text).Take(sentences).ToList();
}
