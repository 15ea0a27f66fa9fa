// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Inputs/UsagePlanThrottleSettingsArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway.Inputs;

/// <summary>The request rate a usage plan allows per key.</summary>
public sealed class UsagePlanThrottleSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("burstLimit")]
    public Input<int>? BurstLimit { get; set; }

    [Input("rateLimit")]
    public Input<double>? RateLimit { get; set; }

    public UsagePlanThrottleSettingsArgs()
    {
    }
}
