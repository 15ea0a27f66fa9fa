namespace Summarizer.Cli.Serve;

/// <summary>
/// What one `summarizer serve` process gives its clients at most. A request body is buffered whole (at most the
/// contract's <see cref="Summarizer.Contract.ContractLimits.MaxRequestBytes"/>) before it is summarized, so memory
/// is bounded by connections × that limit, and a client that stalls is dropped at the body deadline instead of
/// holding its buffer (Kestrel's own minimum data rate would let a client that sent most of a body stay for hours).
/// </summary>
public static class ServeLimits
{
    /// <summary>Open connections at once; more are refused at accept. Ample for local use and the benchmarks.</summary>
    public const int MaxConnections = 64;

    /// <summary>From the request's start to the last byte of its body.</summary>
    public static readonly TimeSpan BodyDeadline = TimeSpan.FromSeconds(10);

    /// <summary>For the request line and headers (Kestrel's default is 30 s).</summary>
    public static readonly TimeSpan HeadersDeadline = TimeSpan.FromSeconds(10);
}
