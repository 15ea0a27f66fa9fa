// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Inputs/UsagePlanApiStageArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway.Inputs;

/// <summary>A stage of an API a usage plan covers.</summary>
public sealed class UsagePlanApiStageArgs : global::Pulumi.ResourceArgs
{
    [Input("apiId", required: true)]
    public Input<string> ApiId { get; set; } = null!;

    [Input("stage", required: true)]
    public Input<string> Stage { get; set; } = null!;

    public UsagePlanApiStageArgs()
    {
    }
}
