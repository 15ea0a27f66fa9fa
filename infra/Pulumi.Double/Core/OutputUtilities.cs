namespace Pulumi.Utilities;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Core/OutputUtilities.cs: the public helpers the real SDK offers tests to
// read an output (its value, default when unknown, and whether it is known). Only the two the tests use.

/// <summary>Insight into an <see cref="Output{T}"/>, for tests.</summary>
public static class OutputUtilities
{
    /// <summary>Whether the output's value is known (false for a value only a deployment can tell, during a preview).</summary>
    public static Task<bool> GetIsKnownAsync<T>(Output<T> output) => Task.FromResult(output.IsKnown);

    /// <summary>The output's value, or the default of <typeparamref name="T"/> when it is unknown.</summary>
    public static Task<T> GetValueAsync<T>(Output<T> output) => Task.FromResult(output.IsKnown ? output.Value : default!);
}
