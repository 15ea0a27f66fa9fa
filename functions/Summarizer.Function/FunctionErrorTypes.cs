namespace Summarizer.Function;

/// <summary>
/// The error types this function reports to Lambda (the <c>Lambda-Runtime-Function-Error-Type</c> header and the
/// body's <c>errorType</c>). Step Functions names the failed task after them in the execution history; the
/// workflow catches every one of them as "Summarizer failed".
/// </summary>
public static class FunctionErrorTypes
{
    /// <summary>The engine could not load during init: Lambda fails the init phase and shows this.</summary>
    public const string InitFailed = "Summarizer.InitFailed";

    /// <summary>An exception escaped the request handling (a defect: contract errors are answers, not errors).</summary>
    public const string HandlerCrashed = "Summarizer.HandlerCrashed";

    /// <summary>The invocation would not finish before its deadline; answered early instead of being killed.</summary>
    public const string DeadlineExceeded = "Summarizer.DeadlineExceeded";
}
