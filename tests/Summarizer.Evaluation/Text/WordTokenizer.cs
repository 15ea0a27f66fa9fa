using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Text;

/// <summary>Lowercased words (letters, digits, inner apostrophes) for the peers' similarity and embeddings.</summary>
internal static partial class WordTokenizer
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)*")]
    private static partial Regex Word();

    public static string[] Tokenize(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToArray();
}
