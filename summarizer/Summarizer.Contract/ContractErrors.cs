namespace Summarizer.Contract;

/// <summary>
/// The contract's answers that do not come from reading a request body: every status either side (the deployed API
/// with its gateway, and `summarizer serve`) can return besides 200 and the reader's 400/413/415, each with its stable
/// code and one wording, defined here once.
/// </summary>
public static class ContractErrors
{
    /// <summary>Anything unexpected: the caller gets no detail (the details go to the log).</summary>
    public static ErrorResponse Internal { get; } = new(ErrorCodes.InternalError, "The summarizer failed unexpectedly.");

    /// <summary>The request body did not arrive within the server's deadline.</summary>
    public static ErrorResponse RequestTimeout { get; } = new(ErrorCodes.RequestTimeout,
        "The request body did not arrive in time; send it at once and retry.");

    public static ErrorResponse NotFound(string path) => new(ErrorCodes.NotFound,
        $"No such route: {Truncate(path, 80)}. The API serves {SummarizeRoute.Method} {SummarizeRoute.Path}.");

    public static ErrorResponse MethodNotAllowed(string method, string path) => new(ErrorCodes.MethodNotAllowed,
        $"{Truncate(method, 16)} is not allowed on {Truncate(path, 80)}; use {SummarizeRoute.Method} {SummarizeRoute.Path}.");

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
