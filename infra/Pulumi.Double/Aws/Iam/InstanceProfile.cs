// Mirrors pulumi/pulumi-aws sdk/dotnet/Iam/InstanceProfile.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Iam;

/// <summary>The instance profile that gives an EC2 instance a role.</summary>
public partial class InstanceProfile : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public InstanceProfile(string name, InstanceProfileArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:iam/instanceProfile:InstanceProfile", name, args ?? new InstanceProfileArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class InstanceProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("role")]
    public Input<string>? Role { get; set; }

    public InstanceProfileArgs()
    {
    }
    public static new InstanceProfileArgs Empty => new InstanceProfileArgs();
}
