// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Inputs/MethodSettingsSettingsArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway.Inputs;

/// <summary>Throttling, metrics and logging of the methods.</summary>
public sealed class MethodSettingsSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("metricsEnabled")]
    public Input<bool>? MetricsEnabled { get; set; }

    [Input("throttlingBurstLimit")]
    public Input<int>? ThrottlingBurstLimit { get; set; }

    [Input("throttlingRateLimit")]
    public Input<double>? ThrottlingRateLimit { get; set; }

    public MethodSettingsSettingsArgs()
    {
    }
}
