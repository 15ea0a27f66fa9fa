// Mirrors pulumi/pulumi-aws sdk/dotnet/Lambda/Function.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.Lambda;

/// <summary>A Lambda function.</summary>
public partial class Function : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    public Function(string name, FunctionArgs args, CustomResourceOptions? options = null)
        : base("aws:lambda/function:Function", name, args ?? new FunctionArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class FunctionArgs : global::Pulumi.ResourceArgs
{
    [Input("architectures")]
    private InputList<string>? _architectures;

    public InputList<string> Architectures
    {
        get => _architectures ?? (_architectures = new InputList<string>());
        set => _architectures = value;
    }

    [Input("handler")]
    public Input<string>? Handler { get; set; }

    [Input("loggingConfig")]
    public Input<Inputs.FunctionLoggingConfigArgs>? LoggingConfig { get; set; }

    [Input("memorySize")]
    public Input<int>? MemorySize { get; set; }

    [Input("reservedConcurrentExecutions")]
    public Input<int>? ReservedConcurrentExecutions { get; set; }

    [Input("role", required: true)]
    public Input<string> Role { get; set; } = null!;

    [Input("runtime")]
    public InputUnion<string, Pulumi.Aws.Lambda.Runtime>? Runtime { get; set; }

    [Input("s3Bucket")]
    public Input<string>? S3Bucket { get; set; }

    [Input("s3Key")]
    public Input<string>? S3Key { get; set; }

    [Input("timeout")]
    public Input<int>? Timeout { get; set; }

    [Input("tracingConfig")]
    public Input<Inputs.FunctionTracingConfigArgs>? TracingConfig { get; set; }

    public FunctionArgs()
    {
    }
    public static new FunctionArgs Empty => new FunctionArgs();
}
