using System.Text.Json;
using Pulumi;

namespace Summarizer.Infra.Tests;

/// <summary>Reads inputs and outputs the way Pulumi's mocks do: the value each resolves to.</summary>
public static class Values
{
    public static T Of<T>(Output<T> output) => output.Value;

    public static T Of<T>(Input<T>? input)
    {
        Assert.That(input, Is.Not.Null, "input not set");
        return input!.ToOutput().Value;
    }

    /// <summary>The JSON text of a policy given as the string member of an InputUnion.</summary>
    public static JsonElement PolicyOf<TDoc>(InputUnion<string, TDoc>? policy)
    {
        var union = Of((Input<Union<string, TDoc>>?)policy);
        Assert.That(union.IsT0, "policy should be given as JSON text");
        return JsonDocument.Parse(union.AsT0).RootElement;
    }

    public static bool IsSecret<T>(Output<T> output) => Output.IsSecretAsync(output).GetAwaiter().GetResult();
}
