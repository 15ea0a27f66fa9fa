using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/Resource.cs, CustomResource.cs and ComponentResource.cs.
// Registering a resource here records it in the current DoubleRun instead of sending it to an engine.

/// <summary>Base of every resource.</summary>
public class Resource
{
    private readonly string _type;
    private readonly string _name;

    /// <summary>The unique resource name, built from the stack, project, parent types, type and name.</summary>
    [Output("urn")]
    public Output<string> Urn { get; private set; }

    private protected Resource(string type, string name, bool custom, ResourceArgs args, ResourceOptions options)
    {
        _type = type;
        _name = name;
        Urn = Output.Create(DoubleRun.Current.UrnOf(type, name, options.Parent));
        DoubleRun.Current.Register(this, type, name, custom, args, options);
    }

    public string GetResourceType() => _type;

    public string GetResourceName() => _name;
}

/// <summary>A resource managed by a provider, e.g. an S3 bucket.</summary>
public class CustomResource : Resource
{
    /// <summary>The provider-assigned ID.</summary>
    [Output("id")]
    public Output<string> Id { get; private set; } = null!;

    protected CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null, bool dependency = false)
        : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions())
    {
    }
}

/// <summary>A group of resources, e.g. one part of the architecture.</summary>
public class ComponentResource : Resource
{
    public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : base(type, name, custom: false, ResourceArgs.Empty, options ?? new ComponentResourceOptions())
    {
    }

    /// <summary>Signals that the component has registered all its children.</summary>
    protected void RegisterOutputs() => DoubleRun.Current.RegisterOutputs(this, new Dictionary<string, object?>());
}
