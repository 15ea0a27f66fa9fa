namespace Summarizer.Contract;

/// <summary>Where the real-time contract is served: the API Gateway route and the local `summarizer serve` route.</summary>
public static class SummarizeEndpoint
{
    public const string Method = "POST";

    /// <summary>The resource path, one segment: API Gateway creates it as a resource named <see cref="PathPart"/>.</summary>
    public const string Path = "/" + PathPart;

    public const string PathPart = "summarize";
}
