namespace Summarizer.Workflows.Tests.Realtime;

/// <summary>The rendered Express definition passes asl-validator (npm, v4), ARN and path checks on.</summary>
public class AslValidatorTests
{
    [Test]
    public void TheRealtimeDefinitionIsValidAsl()
    {
        var file = Path.Combine(Path.GetTempPath(), $"realtime-{Guid.NewGuid():N}.asl.json");
        File.WriteAllText(file, RealtimeDefinitions.StateMachine(RealtimeDefinitionsTests.FunctionArn));
        try
        {
            var (exit, stdout, stderr) = RealtimeHarness.RunBin("asl-validator", "--json-path", file);
            Assert.That(exit, Is.Zero, stdout + stderr);
        }
        finally { File.Delete(file); }
    }
}
