using System.Text;

namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>
/// Texts for the contract's text limit on the real-time path. The costliest characters for the request template's
/// escaping are control characters (<c>\u0001</c>: six bytes for one), so <see cref="WorstCase"/> is mostly those,
/// between short sentences with quotes and backslashes (two bytes for one) for the engine to summarize. It is ASCII:
/// as many UTF-16 units as UTF-8 bytes, so one byte more is one unit more, which the gateway counts.
/// </summary>
internal static class LimitTexts
{
    public static string WorstCase(int utf8Bytes)
    {
        var text = new StringBuilder(utf8Bytes + 512);
        for (int i = 0; text.Length < utf8Bytes; i++)
        {
            text.Append($"Treat {i} is \"good\" \\ fine. ");
            text.Append('\u0001', 470);
        }
        text.Length = utf8Bytes;
        return text.ToString();
    }
}
