namespace Summarizer.Contract;

/// <summary>The limits of the POST /summarize contract, defined once for the CLI server, the Lambda
/// function, the API Gateway model and the tests.</summary>
public static class ContractLimits
{
    /// <summary>The Step Functions payload quota, in UTF-8 bytes: the most an execution input, a state's
    /// input or output, or a task result may hold. The real-time path must fit every message in it.</summary>
    public const int StepFunctionsPayloadMaxBytes = 256 * 1024;

    /// <summary>Largest accepted text, in UTF-8 bytes: the Step Functions payload limit (256 KiB), since
    /// the real-time path carries the text through a synchronous Express execution.</summary>
    public const int MaxTextUtf8Bytes = StepFunctionsPayloadMaxBytes;

    /// <summary>Largest accepted request body. The JSON envelope around the text may escape it
    /// (a quote becomes two bytes, a control character six), so the body may be larger than the text.</summary>
    public const int MaxRequestBytes = 6 * MaxTextUtf8Bytes;

    public const int MinSentences = 1;
    public const int MaxSentences = 1000;

    /// <summary>A ratio is a share of the input's sentences: above 0, at most 1.</summary>
    public const double MinRatioExclusive = 0.0;
    public const double MaxRatio = 1.0;

    public const string JsonContentType = "application/json";
}
