namespace Summarizer.Evaluation.Metrics;

/// <summary>
/// ROUGE's tokenization, as in the reference rouge-score package without stemming: lowercase, every run of
/// characters other than ASCII letters and digits is a separator. Non-ASCII letters are separators too (the
/// reference does the same), so "café" gives "caf"; every system is tokenized the same way, so it is fair.
/// </summary>
internal static class RougeTokenizer
{
    public static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && IsTokenChar(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                tokens.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
        }
        return [.. tokens];
    }

    private static bool IsTokenChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
