using System.Diagnostics;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Function;

/// <summary>
/// The custom runtime's life, as https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html describes it:
/// init (load the engine, report a failure on /runtime/init/error and exit), then one event at a time from
/// GET /next, answered on /response or, when the handling itself fails, on /error. One bad event never ends
/// the process; only a broken Runtime API does.
/// </summary>
internal sealed class FunctionRuntime
{
    /// <summary>Reserved environment variable for the X-Ray trace header of the current invocation
    /// (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html, "Defined runtime environment
    /// variables"); runtimes-custom.html: set it from Lambda-Runtime-Trace-Id for every event.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>Time kept before Lambda-Runtime-Deadline-Ms to post an error: an invocation that would run past its
    /// deadline is answered as failed instead of being killed by Lambda's timeout, which would also throw away this
    /// execution environment and make the next request pay a cold start.</summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromMilliseconds(200);

    private readonly RuntimeApiClient _api;
    private readonly Func<SummarizerEngine> _loadEngine;
    private readonly TestFaults? _faults;
    private readonly TextWriter _log;

    public FunctionRuntime(RuntimeApiClient api, Func<SummarizerEngine> loadEngine, TestFaults? faults, TextWriter log)
    {
        _api = api;
        _loadEngine = loadEngine;
        _faults = faults;
        _log = log;
    }

    /// <summary>Runs until the Runtime API fails; returns the process exit code (never 0: Lambda ends the process).</summary>
    public int Run()
    {
        if (Init() is not { } handle) return 1;
        while (true)
        {
            try
            {
                var invocation = _api.Next();
                try { Invoke(invocation, handle); }
                catch (RuntimeApiRejectedException ex)
                {
                    // The API refused this answer (e.g. 413): that invocation is lost, the next ones are not.
                    _log.WriteLine($"Invocation {invocation.RequestId}: answer not accepted: {ex.Message}");
                }
            }
            catch (RuntimeApiFatalException ex)
            {
                _log.WriteLine($"Runtime API unusable, exiting: {ex.Message}");
                return 1;
            }
            catch (RuntimeApiRejectedException ex)
            {
                _log.WriteLine($"Runtime API refused to hand out an event, exiting: {ex.Message}");
                return 1;
            }
        }
    }

    // Lambda's init phase: everything a request needs is loaded before the first GET /next, so no invocation pays
    // for it and a model that cannot load fails the init, not a customer's request.
    private Func<byte[], byte[]>? Init()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (_faults?.FailsInit == true) throw new InvalidOperationException("Test fault: the engine cannot load.");
            var engine = _loadEngine();
            var invocation = new SummarizeInvocation(engine, _log);
            _log.WriteLine($"Summarizer function ready: {engine.ModelVersion} loaded in {clock.ElapsedMilliseconds} ms.");
            Func<byte[], byte[]> handle = body => invocation.Answer(body);
            return _faults?.Around(handle) ?? handle;
        }
        catch (Exception ex)
        {
            _log.WriteLine($"Summarizer function failed to initialise: {ex}");
            try { _api.ReportInitError(FunctionErrorTypes.InitFailed, $"The summarizer engine could not load: {ex.Message}"); }
            catch (Exception report) { _log.WriteLine($"Could not report the init error: {report.Message}"); }
            return null;
        }
    }

    private void Invoke(RuntimeInvocation invocation, Func<byte[], byte[]> handle)
    {
        // Per invocation, and cleared when absent, so a log line never carries an earlier request's trace.
        Environment.SetEnvironmentVariable(TraceIdVariable, invocation.TraceId);

        var budget = Budget(invocation.Deadline);
        if (budget <= TimeSpan.Zero)
        {
            Fail(invocation, FunctionErrorTypes.DeadlineExceeded, "The invocation reached the function after its deadline.", null);
            return;
        }
        var work = Task.Run(() => handle(invocation.Event));
        bool finished;
        try { finished = work.Wait(budget); }
        catch (AggregateException ex)
        {
            Fail(invocation, FunctionErrorTypes.HandlerCrashed, ContractErrors.Internal.Message, ex.InnerException ?? ex);
            return;
        }
        if (!finished)
        {
            // The work cannot be interrupted; it finishes in the background and its answer is dropped.
            Fail(invocation, FunctionErrorTypes.DeadlineExceeded, "The summary would not be ready before the invocation's deadline.", null);
            return;
        }
        _api.Respond(invocation.RequestId, work.Result);
    }

    private static TimeSpan Budget(DateTimeOffset? deadline)
    {
        if (deadline is null) return Timeout.InfiniteTimeSpan;
        var left = deadline.Value - DateTimeOffset.UtcNow - DeadlineMargin;
        // Task.Wait takes at most int.MaxValue milliseconds.
        return left > TimeSpan.FromMilliseconds(int.MaxValue) ? Timeout.InfiniteTimeSpan : left;
    }

    private void Fail(RuntimeInvocation invocation, string errorType, string message, Exception? exception)
    {
        _log.WriteLine($"Invocation {invocation.RequestId} (trace {Environment.GetEnvironmentVariable(TraceIdVariable) ?? "none"}) " +
                       $"failed with {errorType}: {message}{(exception is null ? "" : Environment.NewLine + exception)}");
        _api.ReportInvocationError(invocation.RequestId, errorType, message);
    }
}
