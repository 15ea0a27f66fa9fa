using Pulumi;
using Pulumi.Utilities;

namespace Summarizer.Infra.Tests;

/// <summary>Reads outputs through the Pulumi SDK's public test helpers (Pulumi.Utilities.OutputUtilities,
/// Output.IsSecretAsync).</summary>
public static class Values
{
    /// <summary>The output's value; fails when it is unknown (a value only a deployment can tell, during a preview).</summary>
    public static T Of<T>(Output<T> output)
    {
        Assert.That(IsKnown(output), Is.True, "the output's value is unknown");
        return OutputUtilities.GetValueAsync(output).GetAwaiter().GetResult();
    }

    public static bool IsKnown<T>(Output<T> output) => OutputUtilities.GetIsKnownAsync(output).GetAwaiter().GetResult();

    public static bool IsSecret<T>(Output<T> output) => Output.IsSecretAsync(output).GetAwaiter().GetResult();
}
