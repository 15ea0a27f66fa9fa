using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Function;

/// <summary>
/// One POST /summarize request, start to end: validate with the contract's one reader, summarize, and
/// wrap the contract answer in a <see cref="ResponseEnvelope"/>. Separate from the runtime loop
/// (<see cref="FunctionRuntime"/>) so tests and the workflow harness can drive the same code in process, also with
/// an engine that fails.
/// </summary>
internal sealed class SummarizeInvocation
{
    private readonly Func<string, SummaryOptions, SummaryResult> _summarize;
    private readonly string _modelVersion;
    private readonly TextWriter _log;

    public SummarizeInvocation(SummarizerEngine engine, TextWriter? log = null)
        : this(engine.Summarize, engine.ModelVersion, log) { }

    internal SummarizeInvocation(Func<string, SummaryOptions, SummaryResult> summarize, string modelVersion, TextWriter? log = null)
    {
        _summarize = summarize;
        _modelVersion = modelVersion;
        // Lambda sends stderr to the function's CloudWatch log group: the place for details the caller must not see.
        _log = log ?? Console.Error;
    }

    /// <summary>The envelope for one request body. Never throws.</summary>
    public byte[] Answer(ReadOnlySpan<byte> requestBody)
    {
        try
        {
            var read = SummarizeRequestReader.Read(requestBody, SummarizerEngine.IsKnownMethod);
            if (!read.IsValid)
                return ResponseEnvelope.Error(read.Error!);

            var request = read.Request!;
            var result = _summarize(request.Text!, request.ToOptions());
            return ResponseEnvelope.Success(result.ToResponse(_modelVersion));
        }
        catch (Exception ex)
        {
            // The stack trace goes to the log only; the caller gets the contract's opaque 500.
            _log.WriteLine($"Summarizer function failed: {ex}");
            return ResponseEnvelope.Error(ContractErrors.Internal);
        }
    }
}
