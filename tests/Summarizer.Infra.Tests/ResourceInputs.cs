using System.Collections.Immutable;
using System.Text.Json;

namespace Summarizer.Infra.Tests;

/// <summary>
/// A resource's inputs the way Pulumi's mocks receive them (MockResourceArgs.Inputs): by provider (camelCase) name,
/// plain values after Pulumi's wire format: string, double (every number), bool, ImmutableArray&lt;object&gt;,
/// ImmutableDictionary&lt;string, object&gt; (nested args and maps), assets; unset and unknown inputs are absent. Each
/// accessor fails the test, naming the input, when it is missing or of another shape.
/// </summary>
public sealed class ResourceInputs(IReadOnlyDictionary<string, object> values, string context)
{
    public bool Has(string name) => values.ContainsKey(name);

    public object Value(string name)
    {
        Assert.That(values, Does.ContainKey(name), $"{context}: input '{name}' is not set");
        return values[name];
    }

    public T Get<T>(string name)
    {
        var value = Value(name);
        Assert.That(value, Is.InstanceOf<T>(), $"{context}.{name}");
        return (T)value;
    }

    public string String(string name) => Get<string>(name);

    public double Number(string name) => Get<double>(name);

    public bool Bool(string name) => Get<bool>(name);

    /// <summary>A nested args object or map.</summary>
    public ResourceInputs Map(string name) => new(Get<ImmutableDictionary<string, object>>(name), $"{context}.{name}");

    public IReadOnlyList<object> List(string name) => Get<ImmutableArray<object>>(name);

    public IReadOnlyList<string> Strings(string name) => List(name).Select(e => (string)e).ToList();

    /// <summary>A list of nested args objects.</summary>
    public IReadOnlyList<ResourceInputs> Maps(string name) =>
        List(name).Select((e, i) => new ResourceInputs((ImmutableDictionary<string, object>)e, $"{context}.{name}[{i}]")).ToList();

    public IReadOnlyDictionary<string, string> StringMap(string name) =>
        Get<ImmutableDictionary<string, object>>(name).ToDictionary(kv => kv.Key, kv => (string)kv.Value);

    /// <summary>A policy document, which the program gives as JSON text (not as the provider's document type).</summary>
    public JsonElement Policy(string name) => JsonDocument.Parse(String(name)).RootElement;
}
