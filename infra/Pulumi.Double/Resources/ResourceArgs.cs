namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/InputArgs.cs, ResourceArgs.cs, InvokeArgs.cs and
// sdk/Pulumi/Deployment/InvokeOptions.cs (the members the program uses).

/// <summary>Base of every args class: its [Input] fields and properties are what a provider (or a mock) is sent.</summary>
public abstract class InputArgs
{
    private protected InputArgs() { }
}

/// <summary>Base of every generated resource args class.</summary>
public abstract class ResourceArgs : InputArgs
{
    public static readonly ResourceArgs Empty = new EmptyResourceArgs();

    private sealed class EmptyResourceArgs : ResourceArgs;
}

/// <summary>Base of every generated invoke (data source) args class.</summary>
public abstract class InvokeArgs : InputArgs
{
    public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

    private sealed class EmptyInvokeArgs : InvokeArgs;
}

/// <summary>Options of an invoke.</summary>
public class InvokeOptions
{
    public Resource? Parent { get; set; }
}
