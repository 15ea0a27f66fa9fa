// Mirrors pulumi/pulumi-aws sdk/dotnet/Lambda/Inputs/FunctionTracingConfigArgs.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Lambda.Inputs;

/// <summary>X-Ray tracing of the function.</summary>
public sealed class FunctionTracingConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("mode", required: true)]
    public Input<string> Mode { get; set; } = null!;

    public FunctionTracingConfigArgs()
    {
    }
}
