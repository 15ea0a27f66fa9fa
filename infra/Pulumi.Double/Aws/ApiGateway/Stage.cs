// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Stage.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A named, deployed version of a REST API.</summary>
public partial class Stage : global::Pulumi.CustomResource
{
    [Output("invokeUrl")]
    public Output<string> InvokeUrl { get; private set; } = null!;

    [Output("stageName")]
    public Output<string> StageName { get; private set; } = null!;

    public Stage(string name, StageArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/stage:Stage", name, args ?? new StageArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class StageArgs : global::Pulumi.ResourceArgs
{
    [Input("accessLogSettings")]
    public Input<Inputs.StageAccessLogSettingsArgs>? AccessLogSettings { get; set; }

    [Input("deployment", required: true)]
    public Input<string> Deployment { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("stageName", required: true)]
    public Input<string> StageName { get; set; } = null!;

    [Input("xrayTracingEnabled")]
    public Input<bool>? XrayTracingEnabled { get; set; }

    public StageArgs()
    {
    }
    public static new StageArgs Empty => new StageArgs();
}
