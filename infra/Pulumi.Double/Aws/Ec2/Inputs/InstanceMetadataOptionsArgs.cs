// Mirrors pulumi/pulumi-aws sdk/dotnet/Ec2/Inputs/InstanceMetadataOptionsArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Ec2.Inputs;

/// <summary>How the instance metadata service answers.</summary>
public sealed class InstanceMetadataOptionsArgs : global::Pulumi.ResourceArgs
{
    [Input("httpEndpoint")]
    public Input<string>? HttpEndpoint { get; set; }

    [Input("httpPutResponseHopLimit")]
    public Input<int>? HttpPutResponseHopLimit { get; set; }

    [Input("httpTokens")]
    public Input<string>? HttpTokens { get; set; }

    public InstanceMetadataOptionsArgs()
    {
    }
}
