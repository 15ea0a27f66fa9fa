using System.Text;

namespace Summarizer.Evaluation.Text;

/// <summary>
/// A text with every run of white space collapsed to one space and the ends trimmed, so that a sentence can be
/// found in its document however either side wrapped or indented it.
/// </summary>
internal sealed class CollapsedText
{
    public string Value { get; }

    public CollapsedText(string text) => Value = Collapse(text);

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Where <paramref name="piece"/> (already collapsed) occurs as whole words: starting at the text's start or
    /// after a space, ending at its end or before a space. Searches from <paramref name="from"/> first, then from
    /// the start (a picked sentence may come out of order). -1 when absent.
    /// </summary>
    public int FindWhole(string piece, int from = 0)
    {
        if (piece.Length == 0) return -1;
        int found = FindWholeFrom(piece, from);
        return found >= 0 || from == 0 ? found : FindWholeFrom(piece, 0);
    }

    private int FindWholeFrom(string piece, int from)
    {
        for (int at = Value.IndexOf(piece, from, StringComparison.Ordinal); at >= 0;
             at = Value.IndexOf(piece, at + 1, StringComparison.Ordinal))
        {
            int end = at + piece.Length;
            bool startsWord = at == 0 || Value[at - 1] == ' ';
            bool endsWord = end == Value.Length || Value[end] == ' ';
            if (startsWord && endsWord) return at;
        }
        return -1;
    }
}
