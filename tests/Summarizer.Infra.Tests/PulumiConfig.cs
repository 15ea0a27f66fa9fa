using System.Text.Json;

namespace Summarizer.Infra.Tests;

/// <summary>The stack config a test deployment reads: PULUMI_CONFIG, as the engine hands it to a program (a JSON map of
/// "namespace:key" to value). Set for the duration of one run; tests run one at a time (as Pulumi's TestAsync needs).</summary>
public static class PulumiConfig
{
    private const string Variable = "PULUMI_CONFIG";

    public static T With<T>(IReadOnlyDictionary<string, string> config, Func<T> run)
    {
        var previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, JsonSerializer.Serialize(config));
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, previous);
        }
    }
}
