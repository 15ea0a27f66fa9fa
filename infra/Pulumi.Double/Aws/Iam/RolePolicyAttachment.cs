// Mirrors pulumi/pulumi-aws sdk/dotnet/Iam/RolePolicyAttachment.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Iam;

/// <summary>Attaches a managed policy to a role.</summary>
public partial class RolePolicyAttachment : global::Pulumi.CustomResource
{
    public RolePolicyAttachment(string name, RolePolicyAttachmentArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, args ?? new RolePolicyAttachmentArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class RolePolicyAttachmentArgs : global::Pulumi.ResourceArgs
{
    [Input("policyArn", required: true)]
    public Input<string> PolicyArn { get; set; } = null!;

    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    public RolePolicyAttachmentArgs()
    {
    }
    public static new RolePolicyAttachmentArgs Empty => new RolePolicyAttachmentArgs();
}
