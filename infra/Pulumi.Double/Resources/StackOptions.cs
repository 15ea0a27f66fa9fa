namespace Pulumi;

// Mirrors pulumi/pulumi-dotnet sdk/Pulumi/Resources/StackOptions.cs (accepted, unused by the double).

/// <summary>Options of the root stack resource.</summary>
public class StackOptions
{
}
