// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Inputs/StageAccessLogSettingsArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway.Inputs;

/// <summary>Where a stage writes its access log, and in which format ($context variables).</summary>
public sealed class StageAccessLogSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("destinationArn", required: true)]
    public Input<string> DestinationArn { get; set; } = null!;

    [Input("format", required: true)]
    public Input<string> Format { get; set; } = null!;

    public StageAccessLogSettingsArgs()
    {
    }
}
