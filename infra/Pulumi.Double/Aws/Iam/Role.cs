// Mirrors pulumi/pulumi-aws sdk/dotnet/Iam/Role.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Iam;

/// <summary>An IAM role.</summary>
public partial class Role : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Role(string name, RoleArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/role:Role", name, args ?? new RoleArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class RoleArgs : global::Pulumi.ResourceArgs
{
    [Input("assumeRolePolicy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> AssumeRolePolicy { get; set; } = null!;

    [Input("description")]
    public Input<string>? Description { get; set; }

    public RoleArgs()
    {
    }
    public static new RoleArgs Empty => new RoleArgs();
}
