namespace Summarizer.Testing;

/// <summary>Texts more than one test project sends to the summarizer.</summary>
public static class SampleTexts
{
    /// <summary>A short review with the hard cases of sentence splitting (abbreviation, price, question).</summary>
    public const string Review =
        "I bought these for my dog and she loves them. The bag arrived quickly. Mr. Smith at the store said they " +
        "were new. They cost $3.50 which is fair. The smell is strong though! My other dog ignores them. " +
        "Would I buy again? Probably yes. The ingredients look healthy. Overall a good treat for the price.";
}
