// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/MethodSettings.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>Settings (throttling, metrics) of some or all methods of a stage.</summary>
public partial class MethodSettings : global::Pulumi.CustomResource
{
    public MethodSettings(string name, MethodSettingsArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/methodSettings:MethodSettings", name, args ?? new MethodSettingsArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class MethodSettingsArgs : global::Pulumi.ResourceArgs
{
    [Input("methodPath", required: true)]
    public Input<string> MethodPath { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("settings", required: true)]
    public Input<Inputs.MethodSettingsSettingsArgs> Settings { get; set; } = null!;

    [Input("stageName", required: true)]
    public Input<string> StageName { get; set; } = null!;

    public MethodSettingsArgs()
    {
    }
    public static new MethodSettingsArgs Empty => new MethodSettingsArgs();
}
