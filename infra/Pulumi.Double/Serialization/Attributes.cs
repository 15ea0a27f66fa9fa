namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Serialization/Attributes.cs: the attributes generated resource and result
// classes carry. The double's serializer reads them as the real one does: [Input] names the property a provider (and a
// mock) sees, [Output] the state field an output is read from, [OutputType]/[OutputConstructor] how an invoke result
// is built from the fields a provider (or a mock's CallAsync) returns.

/// <summary>Marks an output property of a resource with its wire name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>Marks an input property (or its backing field) of an args class with its wire name.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class InputAttribute(string name, bool required = false, bool json = false) : Attribute
{
    internal string Name { get; } = name;
    internal bool IsRequired { get; } = required;
    internal bool Json { get; } = json;
}

/// <summary>Marks a complex output type (e.g. an invoke result) built by its <see cref="OutputConstructorAttribute"/> constructor.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OutputTypeAttribute : Attribute;

/// <summary>Marks the constructor whose parameters, by name, take the fields of a returned object.</summary>
[AttributeUsage(AttributeTargets.Constructor)]
public sealed class OutputConstructorAttribute : Attribute;
