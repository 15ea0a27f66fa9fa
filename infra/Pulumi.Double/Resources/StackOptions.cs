namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/StackOptions.cs (the member the tests use).

/// <summary>Options of the root stack resource.</summary>
public class StackOptions
{
    private List<ResourceTransformation>? _resourceTransformations;

    /// <summary>Transformations applied to every resource of the stack, after the resource's own and its parents'.</summary>
    public List<ResourceTransformation> ResourceTransformations
    {
        get => _resourceTransformations ??= new List<ResourceTransformation>();
        set => _resourceTransformations = value;
    }
}
