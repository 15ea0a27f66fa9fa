using System.Globalization;
using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Config.cs and ConfigMissingException.cs: the getters the program uses.
// Values come from the current DoubleRun (tests) or from the PULUMI_CONFIG environment variable, a JSON map
// of "namespace:key" to value, which is exactly how the real engine hands config to a .NET program.

/// <summary>The configuration of one namespace (by default the project's) in the current stack.</summary>
public sealed partial class Config
{
    private readonly string _name;

    public Config(string? name = null) => _name = name ?? Deployment.Instance.ProjectName;

    public string? Get(string key) => DoubleRun.Current.ConfigValue($"{_name}:{key}");

    public string Require(string key) => Get(key) ?? throw new ConfigMissingException($"{_name}:{key}");

    public bool? GetBoolean(string key) => Get(key) is { } v ? bool.Parse(v) : null;

    public int? GetInt32(string key) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;

}

/// <summary>A required configuration key is not set.</summary>
public class ConfigMissingException(string key)
    : RunException($"Missing Required configuration variable '{key}'\n\tplease set a value using the command `pulumi config set {key} <value>`")
{
    public string Key { get; } = key;
}

/// <summary>An error the program reports to the user without a stack trace.</summary>
public class RunException(string message) : Exception(message);
