using Summarizer.Testing;

namespace Summarizer.Cli.Tests.S3;

/// <summary>An S3 that cannot be reached or a client that cannot be set up is a clear error with its exit
/// code, never a crash with a stack trace.</summary>
public class S3SetupErrorTests
{

    [Test]
    public void AnUnreachableEndpointIsExitCode4ForTheInput()
    {
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_MAX_ATTEMPTS"] = "1",
        };
        using var dir = new TempFolder();

        var run = SummarizerProcess.Run(["batch", "s3://bucket/in.csv", dir.File("out.csv")], environment: environment);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InputUnavailable), run.ToString());
        Assert.That(run.StdErr, Does.Contain("Cannot read s3://bucket/in.csv"));
        Assert.That(run.StdErr, Does.Not.Contain("   at "), "a message, not a stack trace");
        Assert.That(dir.Names(), Is.Empty);
    }

    [Test]
    public void NoRegionIsExitCode5ForTheOutput()
    {
        var environment = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = null,
            ["AWS_DEFAULT_REGION"] = null,
            ["AWS_ENDPOINT_URL"] = null,
            ["AWS_ENDPOINT_URL_S3"] = null,
            ["AWS_PROFILE"] = null,
            ["AWS_CONFIG_FILE"] = "/nonexistent",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
        };

        var run = SummarizerProcess.Run(["batch", RepoPaths.InRepo("samples", "reviews.csv"), "s3://bucket/out.csv"], environment: environment);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.OutputFailed), run.ToString());
        Assert.That(run.StdErr, Does.Contain("Cannot write s3://bucket/out.csv"));
    }
}
