using Pulumi.Testing;

namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/Resource.cs, CustomResource.cs, ComponentResource.cs and
// sdk/Pulumi/Stack.cs. As in the real constructor, a resource first runs its transformations (its own, then its
// parent's, up to the stack's), then registers; registering here hands it to the run's mocks instead of an engine.

/// <summary>Base of every resource.</summary>
public class Resource
{
    private readonly string _type;
    private readonly string _name;

    /// <summary>The transformations this resource's children inherit.</summary>
    private readonly IReadOnlyList<ResourceTransformation> _transformations;

    /// <summary>The unique resource name, built from the stack, project, parent type, type and name.</summary>
    [Output("urn")]
    public Output<string> Urn { get; private protected set; } = null!;

    private protected Resource(string type, string name, bool custom, ResourceArgs args, ResourceOptions options)
    {
        var run = DoubleRun.Current;
        // Every resource but the stack itself has a parent: the stack when none is given.
        var parent = type == Stack.RootType ? null : options.Parent ?? run.Stack;
        _type = type;
        _name = name;
        _transformations = options.ResourceTransformations.Concat(parent?._transformations ?? []).ToList();
        foreach (var transformation in _transformations)
        {
            if (transformation(new ResourceTransformationArgs(this, args, options)) is not { } result) continue;
            if (result.Options.Parent != options.Parent)
                throw new ArgumentException("Transformations cannot currently be used to change the 'parent' of a resource.");
            (args, options) = (result.Args, result.Options);
        }
        run.Register(this, custom, args, options, parent);
    }

    /// <summary>The type token, e.g. aws:s3/bucket:Bucket.</summary>
    public string GetResourceType() => _type;

    /// <summary>The logical name given to the constructor.</summary>
    public string GetResourceName() => _name;
}

/// <summary>A resource managed by a provider, e.g. an S3 bucket.</summary>
public class CustomResource : Resource
{
    /// <summary>The provider-assigned ID: known once the provider (here: a mock) has returned one.</summary>
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

    /// <summary>Signals that the component has registered all its children (no outputs: nothing for a mock to see).</summary>
    protected void RegisterOutputs()
    {
    }
}

/// <summary>The root resource of a deployment; every resource without a parent is its child.</summary>
public class Stack : ComponentResource
{
    internal const string RootType = "pulumi:pulumi:Stack";

    public Stack(StackOptions? options = null)
        : base(RootType, $"{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}",
            new ComponentResourceOptions { ResourceTransformations = options?.ResourceTransformations ?? [] })
    {
        DoubleRun.Current.Stack = this;
    }
}
