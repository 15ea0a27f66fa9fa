namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Serialization/Attributes.cs: the attributes generated resource
// classes carry. The double reads them to echo inputs into outputs, as a Pulumi mock that returns its inputs
// as state would.

/// <summary>Marks an output property of a resource with its wire name.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class OutputAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>Marks an input property (or its backing field) of a resource args class with its wire name.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class InputAttribute(string name, bool required = false, bool json = false) : Attribute
{
    public string Name { get; } = name;
    public bool IsRequired { get; } = required;
    public bool Json { get; } = json;
}
