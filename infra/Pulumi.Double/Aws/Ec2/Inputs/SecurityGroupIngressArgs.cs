// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/Inputs/SecurityGroupIngressArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2.Inputs;

/// <summary>An inbound rule.</summary>
public sealed class SecurityGroupIngressArgs : global::Pulumi.ResourceArgs
{
    [Input("cidrBlocks")]
    private InputList<string>? _cidrBlocks;

    public InputList<string> CidrBlocks
    {
        get => _cidrBlocks ?? (_cidrBlocks = new InputList<string>());
        set => _cidrBlocks = value;
    }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("fromPort", required: true)]
    public Input<int> FromPort { get; set; } = null!;

    [Input("protocol", required: true)]
    public Input<string> Protocol { get; set; } = null!;

    [Input("toPort", required: true)]
    public Input<int> ToPort { get; set; } = null!;

    public SecurityGroupIngressArgs()
    {
    }
}
