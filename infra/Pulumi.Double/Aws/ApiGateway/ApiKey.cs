// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/ApiKey.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>An API key.</summary>
public partial class ApiKey : global::Pulumi.CustomResource
{
    [Output("value")]
    public Output<string> Value { get; private set; } = null!;

    public ApiKey(string name, ApiKeyArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:apigateway/apiKey:ApiKey", name, args ?? new ApiKeyArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class ApiKeyArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    public ApiKeyArgs()
    {
    }
    public static new ApiKeyArgs Empty => new ApiKeyArgs();
}
