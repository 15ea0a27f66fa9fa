// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/Inputs/InstanceRootBlockDeviceArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2.Inputs;

/// <summary>The root volume.</summary>
public sealed class InstanceRootBlockDeviceArgs : global::Pulumi.ResourceArgs
{
    [Input("deleteOnTermination")]
    public Input<bool>? DeleteOnTermination { get; set; }

    [Input("encrypted")]
    public Input<bool>? Encrypted { get; set; }

    [Input("volumeSize")]
    public Input<int>? VolumeSize { get; set; }

    [Input("volumeType")]
    public Input<string>? VolumeType { get; set; }

    public InstanceRootBlockDeviceArgs()
    {
    }
}
