namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/ResourceTransformation.cs. A transformation sees every resource
// it applies to, with the args and options it was given, before the resource is registered: the public way for a test
// to see the options (parent, dependsOn, ignoreChanges) that Pulumi's mocks are never shown.

/// <summary>Returns new args and options for a resource, or null to leave it as it is.</summary>
public delegate ResourceTransformationResult? ResourceTransformation(ResourceTransformationArgs args);

/// <summary>What a transformation is given.</summary>
public readonly struct ResourceTransformationArgs(Resource resource, ResourceArgs args, ResourceOptions options)
{
    /// <summary>The resource being registered.</summary>
    public Resource Resource { get; } = resource;

    /// <summary>The args passed to its constructor.</summary>
    public ResourceArgs Args { get; } = args;

    /// <summary>The options passed to its constructor.</summary>
    public ResourceOptions Options { get; } = options;
}

/// <summary>What a transformation returns instead of the original args and options.</summary>
public readonly struct ResourceTransformationResult(ResourceArgs args, ResourceOptions options)
{
    public ResourceArgs Args { get; } = args;
    public ResourceOptions Options { get; } = options;
}
