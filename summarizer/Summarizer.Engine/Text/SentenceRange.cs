namespace Summarizer.Engine.Text;

/// <summary>A sentence as a trimmed range of the cleaned text.</summary>
internal readonly record struct SentenceRange(int Start, int Length)
{
    public int End => Start + Length;
}
