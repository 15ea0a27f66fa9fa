using System.Globalization;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Config.cs and Config.Exceptions.cs: the getters the program uses.
// Values come from the current run: in tests, PULUMI_CONFIG (a JSON map of "namespace:key" to value, which is how the
// real engine hands config to a .NET program, and what a real test deployment reads); in a rehearsal, PULUMI_CONFIG or
// Pulumi.<stack>.yaml.

/// <summary>The configuration of one namespace (by default the project's) in the current stack.</summary>
public sealed partial class Config
{
    private readonly string _name;

    public Config(string? name = null) => _name = name ?? Deployment.Instance.ProjectName;

    public string? Get(string key) => DoubleRun.Current.ConfigValue($"{_name}:{key}");

    public string Require(string key) => Get(key) ?? throw new ConfigMissingException($"{_name}:{key}");

    public bool? GetBoolean(string key) => Get(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var v => throw new ConfigTypeException($"{_name}:{key}", v, nameof(Boolean)),
    };

    public int? GetInt32(string key) => Get(key) is { } v
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ConfigTypeException($"{_name}:{key}", v, nameof(Int32))
        : null;

    /// <summary>A required configuration key is not set.</summary>
    private sealed class ConfigMissingException(string key)
        : RunException($"Missing Required configuration variable '{key}'\n\tplease set a value using the command `pulumi config set {key} <value>`")
    {
        public string Key { get; } = key;
    }

    /// <summary>A configuration value is not of the type the program reads it as.</summary>
    private sealed class ConfigTypeException(string key, object? v, string expectedType)
        : RunException($"Configuration '{key}' value '{v}' is not a valid {expectedType}");
}

/// <summary>An error the program reports to the user without a stack trace.</summary>
public class RunException(string message) : Exception(message);
