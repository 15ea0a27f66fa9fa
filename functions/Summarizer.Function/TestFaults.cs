using System.Text;

namespace Summarizer.Function;

/// <summary>
/// Failures a test can switch on in the real package, to prove the runtime's failure paths the way Lambda
/// would see them: the variable <see cref="Variable"/> holds one of
/// <list type="bullet">
/// <item><c>init</c>: loading the engine throws (init error posted, non-zero exit);</item>
/// <item><c>crash-on:MARKER</c>: an event containing MARKER throws out of the request handling (a defect the
/// contract's own 500 answer does not cover);</item>
/// <item><c>hang-on:MARKER</c>: an event containing MARKER takes far longer than any deadline.</item>
/// </list>
/// Nothing in the deployment sets it (the Pulumi program gives the function no environment), so on Lambda it is
/// inert; when unset the handler is called directly, with no check per event.
/// </summary>
internal sealed class TestFaults
{
    public const string Variable = "SUMMARIZER_FUNCTION_TEST_FAULT";
    public const string InitFault = "init";
    public const string CrashPrefix = "crash-on:";
    public const string HangPrefix = "hang-on:";

    /// <summary>How long a hanging event takes: beyond the function's timeout, so only the deadline can end it.</summary>
    public static readonly TimeSpan HangTime = TimeSpan.FromSeconds(30);

    private readonly string _setting;

    private TestFaults(string setting) => _setting = setting;

    public static TestFaults? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } setting ? new TestFaults(setting) : null;

    public bool FailsInit => _setting == InitFault;

    /// <summary>The handler with the configured per-event fault in front of it.</summary>
    public Func<byte[], byte[]> Around(Func<byte[], byte[]> handler)
    {
        if (Marker(CrashPrefix) is { } crash)
            return body => Contains(body, crash) ? throw new InvalidOperationException($"Test fault: event contains '{_setting[CrashPrefix.Length..]}'.") : handler(body);
        if (Marker(HangPrefix) is { } hang)
            return body => { if (Contains(body, hang)) Thread.Sleep(HangTime); return handler(body); };
        return handler;
    }

    private byte[]? Marker(string prefix) =>
        _setting.StartsWith(prefix, StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(_setting[prefix.Length..]) : null;

    private static bool Contains(byte[] body, byte[] marker) => body.AsSpan().IndexOf(marker) >= 0;
}
