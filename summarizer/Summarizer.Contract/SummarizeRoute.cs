namespace Summarizer.Contract;

/// <summary>The route of the real-time contract (method and path), the same on API Gateway and in `summarizer serve`.</summary>
public static class SummarizeRoute
{
    public const string Method = "POST";

    /// <summary>The resource path, one segment: API Gateway creates it as a resource named <see cref="PathPart"/>.</summary>
    public const string Path = "/" + PathPart;

    public const string PathPart = "summarize";
}
