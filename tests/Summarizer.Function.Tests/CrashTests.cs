using System.Text;
using Summarizer.Contract;
using Summarizer.Engine;

namespace Summarizer.Function.Tests;

/// <summary>An unexpected failure inside the function: the caller sees the contract's 500 and nothing of the
/// exception; the log (CloudWatch, through stderr) has the details.</summary>
public class CrashTests
{
    private sealed class ModelCorruptedException(string message) : Exception(message);

    [Test]
    public void AnEngineExceptionBecomesAnOpaque500AndIsLogged()
    {
        var log = new StringWriter();
        var invocation = new SummarizeInvocation(
            (_, _) => throw new ModelCorruptedException("secret path /opt/model.bin is corrupt"), "test-model", log);

        var answer = Envelope.Parse(invocation.Answer(Encoding.UTF8.GetBytes("{\"text\": \"One. Two.\"}")));

        Assert.That(answer.StatusCode, Is.EqualTo(500));
        Assert.That(answer.Error().Error, Is.EqualTo(ErrorCodes.InternalError));
        Assert.That(answer.Body, Does.Not.Contain("secret").And.Not.Contain(nameof(ModelCorruptedException)).And.Not.Contain(" at "));
        Assert.That(log.ToString(), Does.Contain(nameof(ModelCorruptedException)).And.Contain("secret path"));
    }

    [Test]
    public void InvalidInputNeverReachesTheEngine()
    {
        int calls = 0;
        var invocation = new SummarizeInvocation((_, _) => { calls++; return new SummaryResult([], 0, "x"); }, "m", TextWriter.Null);
        var answer = Envelope.Parse(invocation.Answer("{\"text\": \"\"}"u8));
        Assert.That(answer.StatusCode, Is.EqualTo(400));
        Assert.That(calls, Is.Zero);
    }
}
