// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/Instance.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2;

/// <summary>An EC2 instance.</summary>
public partial class Instance : global::Pulumi.CustomResource
{
    public Instance(string name, InstanceArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/instance:Instance", name, args ?? new InstanceArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class InstanceArgs : global::Pulumi.ResourceArgs
{
    [Input("ami")]
    public Input<string>? Ami { get; set; }

    [Input("iamInstanceProfile")]
    public Input<string>? IamInstanceProfile { get; set; }

    [Input("instanceType")]
    public InputUnion<string, Pulumi.Aws.Ec2.InstanceType>? InstanceType { get; set; }

    [Input("keyName")]
    public Input<string>? KeyName { get; set; }

    [Input("metadataOptions")]
    public Input<Inputs.InstanceMetadataOptionsArgs>? MetadataOptions { get; set; }

    [Input("rootBlockDevice")]
    public Input<Inputs.InstanceRootBlockDeviceArgs>? RootBlockDevice { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vpcSecurityGroupIds")]
    private InputList<string>? _vpcSecurityGroupIds;

    public InputList<string> VpcSecurityGroupIds
    {
        get => _vpcSecurityGroupIds ?? (_vpcSecurityGroupIds = new InputList<string>());
        set => _vpcSecurityGroupIds = value;
    }

    public InstanceArgs()
    {
    }
    public static new InstanceArgs Empty => new InstanceArgs();
}
