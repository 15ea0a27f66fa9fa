// Mirrors pulumi/pulumi-aws sdk/dotnet/Iam/RolePolicy.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Iam;

/// <summary>An inline policy of a role.</summary>
public partial class RolePolicy : global::Pulumi.CustomResource
{
    public RolePolicy(string name, RolePolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/rolePolicy:RolePolicy", name, args ?? new RolePolicyArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class RolePolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    public RolePolicyArgs()
    {
    }
    public static new RolePolicyArgs Empty => new RolePolicyArgs();
}
