namespace Summarizer.Contract;

/// <summary>The limits of the POST /summarize contract, defined once for the CLI server, the Lambda
/// function, the API Gateway model and templates, the batch reader and the tests.</summary>
public static class ContractLimits
{
    /// <summary>The Step Functions payload quota, in UTF-8 bytes: the most an execution input, a task's parameters,
    /// a state's input or output, or a task result may hold
    /// (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html: "Length constraints
    /// apply to the payload size, and are expressed as bytes in UTF-8 encoding", at most 262144). The real-time path
    /// must fit every message in it.</summary>
    public const int StepFunctionsPayloadMaxBytes = 256 * 1024;

    /// <summary>
    /// The most any payload of the real-time path holds besides the escaped text: the execution input the API's request
    /// template builds (<c>{"text":"…","sentences":…,"ratio":…,"method":"…"}</c>, every other field at its largest:
    /// about 460 bytes), as the Lambda task's parameters wrap it (<c>{"FunctionName":"&lt;ARN&gt;","Payload":…}</c>,
    /// about 200 bytes more; 656 in all), rounded up to 1 KiB. The workflow tests render the template with the largest other
    /// fields and a long function ARN and check it is an upper bound.
    /// </summary>
    public const int RealtimeEnvelopeMaxBytes = 1024;

    /// <summary>The most ASCII bytes the request template's escaping (<c>$util.escapeJavaScript</c>, Apache Commons
    /// Lang's JavaScript rules) writes for one UTF-16 unit of text: <c>\uXXXX</c>, for a control character and for
    /// every non-ASCII unit (a character outside the BMP is two units, 12 bytes). Escaping every other character
    /// takes at most two bytes.</summary>
    public const int MaxEscapedBytesPerChar = 6;

    /// <summary>
    /// Largest accepted text, in UTF-8 bytes (43,520): what fits the Step Functions quota once escaped at the worst
    /// (<see cref="MaxEscapedBytesPerChar"/> bytes each, e.g. a text of control characters) inside the largest
    /// envelope. Every UTF-8 byte is at most one UTF-16 unit, so a text within this many bytes is within this many
    /// units, and so escapes to at most <see cref="MaxEscapedBytesPerChar"/> times as many bytes.
    /// The one text limit of every path: `serve`, the Lambda function, the API's request template (which refuses a
    /// text of more UTF-16 units than this before any function runs) and the batch reader's default per-row limit.
    /// </summary>
    public const int MaxTextUtf8Bytes = (StepFunctionsPayloadMaxBytes - RealtimeEnvelopeMaxBytes) / MaxEscapedBytesPerChar;

    /// <summary>Largest accepted request body: a text at the limit written with the JSON escape that takes the most
    /// bytes per UTF-8 byte (<c>\u0001</c>, six for one), plus 64 KiB for the options, whitespace and properties the
    /// contract ignores.</summary>
    public const int MaxRequestBytes = MaxEscapedBytesPerChar * MaxTextUtf8Bytes + 64 * 1024;

    public const int MinSentences = 1;
    public const int MaxSentences = 1000;

    /// <summary>A ratio is a share of the input's sentences: above 0, at most 1.</summary>
    public const double MinRatioExclusive = 0.0;
    public const double MaxRatio = 1.0;

    /// <summary>The longest method name a request may give (the engine's names are far shorter): it bounds the
    /// method's share of the real-time envelope.</summary>
    public const int MaxMethodNameLength = 32;
}
