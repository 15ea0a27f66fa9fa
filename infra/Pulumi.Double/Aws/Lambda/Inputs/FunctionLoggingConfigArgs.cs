// Mirrors pulumi/pulumi-aws sdk/dotnet/Lambda/Inputs/FunctionLoggingConfigArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Lambda.Inputs;

/// <summary>Where and in which format the function logs.</summary>
public sealed class FunctionLoggingConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("logFormat", required: true)]
    public Input<string> LogFormat { get; set; } = null!;

    [Input("logGroup")]
    public Input<string>? LogGroup { get; set; }

    public FunctionLoggingConfigArgs()
    {
    }
}
