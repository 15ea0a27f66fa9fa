namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/ResourceOptions.cs, CustomResourceOptions.cs,
// ComponentResourceOptions.cs and ResourceOptions_Merge.cs: the option members the program and its tests use.

/// <summary>Options that control how any resource is registered.</summary>
public abstract class ResourceOptions
{
    /// <summary>The parent of this resource, e.g. the component it belongs to.</summary>
    public Resource? Parent { get; set; }

    private InputList<Resource>? _dependsOn;

    /// <summary>Resources this one must wait for, beyond the ones its inputs already name.</summary>
    public InputList<Resource> DependsOn
    {
        get => _dependsOn ??= new InputList<Resource>();
        set => _dependsOn = value;
    }

    private List<string>? _ignoreChanges;

    /// <summary>Properties whose changes later updates ignore (wire names, e.g. "state").</summary>
    public List<string> IgnoreChanges
    {
        get => _ignoreChanges ??= new List<string>();
        set => _ignoreChanges = value;
    }

    /// <summary>If true, the provider's Delete is never called for this resource: `pulumi destroy` leaves it.</summary>
    public bool? RetainOnDelete { get; set; }

    private List<ResourceTransformation>? _resourceTransformations;

    /// <summary>Called with this resource's args and options before it is registered, then those of its parents up
    /// to the stack.</summary>
    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }
}

/// <summary>Options of a custom (cloud provider) resource.</summary>
public sealed class CustomResourceOptions : ResourceOptions
{
    /// <summary>Merges two options bags; list members are concatenated, scalar members of the second win.</summary>
    public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
    {
        var merged = new CustomResourceOptions();
        foreach (var o in new[] { options1, options2 })
        {
            if (o is null) continue;
            merged.Parent = o.Parent ?? merged.Parent;
            merged.RetainOnDelete = o.RetainOnDelete ?? merged.RetainOnDelete;
            merged.IgnoreChanges.AddRange(o.IgnoreChanges);
            merged.ResourceTransformations.AddRange(o.ResourceTransformations);
            merged.DependsOn.Add(o.DependsOn.Items.ToArray());
        }
        return merged;
    }
}

/// <summary>Options of a component resource.</summary>
public sealed class ComponentResourceOptions : ResourceOptions;
