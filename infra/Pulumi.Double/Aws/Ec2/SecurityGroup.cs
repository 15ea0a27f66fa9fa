// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/SecurityGroup.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2;

/// <summary>A security group.</summary>
public partial class SecurityGroup : global::Pulumi.CustomResource
{
    public SecurityGroup(string name, SecurityGroupArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/securityGroup:SecurityGroup", name, args ?? new SecurityGroupArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class SecurityGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("egress")]
    private InputList<Inputs.SecurityGroupEgressArgs>? _egress;

    public InputList<Inputs.SecurityGroupEgressArgs> Egress
    {
        get => _egress ?? (_egress = new InputList<Inputs.SecurityGroupEgressArgs>());
        set => _egress = value;
    }

    [Input("ingress")]
    private InputList<Inputs.SecurityGroupIngressArgs>? _ingress;

    public InputList<Inputs.SecurityGroupIngressArgs> Ingress
    {
        get => _ingress ?? (_ingress = new InputList<Inputs.SecurityGroupIngressArgs>());
        set => _ingress = value;
    }

    public SecurityGroupArgs()
    {
    }
    public static new SecurityGroupArgs Empty => new SecurityGroupArgs();
}
