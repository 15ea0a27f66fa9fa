namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/ResourceArgs.cs, InvokeArgs.cs and InputArgs.cs.

/// <summary>Base of every generated resource args class.</summary>
public abstract class ResourceArgs
{
    public static readonly ResourceArgs Empty = new EmptyResourceArgs();

    private sealed class EmptyResourceArgs : ResourceArgs;
}

/// <summary>Base of every generated invoke (data source) args class.</summary>
public abstract class InvokeArgs
{
    public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

    private sealed class EmptyInvokeArgs : InvokeArgs;
}

/// <summary>Options of an invoke (Pulumi's InvokeOptions, sdk/Pulumi/Deployment/InvokeOptions.cs).</summary>
public class InvokeOptions
{
    public Resource? Parent { get; set; }
}
