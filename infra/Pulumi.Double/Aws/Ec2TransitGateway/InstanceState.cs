// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2TransitGateway/InstanceState.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2TransitGateway;

/// <summary>The power state of an EC2 instance (this module in 7.x, despite its name).</summary>
public partial class InstanceState : global::Pulumi.CustomResource
{
    [Output("state")]
    public Output<string> State { get; private set; } = null!;

    [Output("instanceId")]
    public Output<string> InstanceId { get; private set; } = null!;

    public InstanceState(string name, InstanceStateArgs args, CustomResourceOptions? options = null)
        : base("aws:ec2transitgateway/instanceState:InstanceState", name, args ?? new InstanceStateArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class InstanceStateArgs : global::Pulumi.ResourceArgs
{
    [Input("force")]
    public Input<bool>? Force { get; set; }

    [Input("instanceId", required: true)]
    public Input<string> InstanceId { get; set; } = null!;

    [Input("state", required: true)]
    public Input<string> State { get; set; } = null!;

    public InstanceStateArgs()
    {
    }
    public static new InstanceStateArgs Empty => new InstanceStateArgs();
}
