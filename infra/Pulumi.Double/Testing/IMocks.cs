using System.Collections.Immutable;

namespace Pulumi.Testing;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Testing/IMocks.cs: the hooks a test gives Deployment.TestAsync in place of
// an engine and its providers, and what they are told. How the real SDK fills them (sdk/Pulumi/Testing/MockMonitor.cs),
// which the double follows: Inputs holds the resource's args by their provider (camelCase, [Input]) names after a trip
// through Pulumi's wire format, so numbers are doubles, nested args and maps are ImmutableDictionary<string, object>,
// lists ImmutableArray<object>, assets Asset objects; unset (null) and unknown values are left out; secrets arrive as
// their plain value. Provider and Id are empty strings for a resource created by the default provider.
// (The newest SDKs add a RegisterResourceOutputs hook with a default body; nothing here uses it.)

/// <summary>Hooks to mock the engine that provide test doubles for offline unit testing of stacks.</summary>
public interface IMocks
{
    /// <summary>Called for every resource the program registers (custom and component, not the stack itself).
    /// Returns the provider-assigned id (null for a component, or to leave a custom resource's id unknown) and the
    /// resource's state (a dictionary of output values by provider name): the resource's outputs are read from it, and
    /// an output it leaves out is unknown during a preview and null otherwise.</summary>
    Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

    /// <summary>Called for every provider function the program invokes (data sources); returns the result's fields
    /// by provider name.</summary>
    Task<object> CallAsync(MockCallArgs args);
}

/// <summary>MockResourceArgs for use in NewResourceAsync.</summary>
public class MockResourceArgs
{
    /// <summary>Resource type name.</summary>
    public string? Type { get; set; }

    /// <summary>Resource Name.</summary>
    public string? Name { get; set; }

    /// <summary>Dictionary of resource input properties.</summary>
    public ImmutableDictionary<string, object> Inputs { get; set; } = null!;

    /// <summary>Provider.</summary>
    public string? Provider { get; set; }

    /// <summary>Resource identifier (of a resource being imported).</summary>
    public string? Id { get; set; }
}

/// <summary>MockCallArgs for use in CallAsync.</summary>
public class MockCallArgs
{
    /// <summary>The function's token, e.g. aws:ssm/getParameter:getParameter.</summary>
    public string? Token { get; set; }

    /// <summary>Dictionary of input arguments.</summary>
    public ImmutableDictionary<string, object> Args { get; set; } = null!;

    /// <summary>Provider.</summary>
    public string? Provider { get; set; }
}
