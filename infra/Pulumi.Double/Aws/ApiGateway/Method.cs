// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Method.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>An HTTP method of a resource.</summary>
public partial class Method : global::Pulumi.CustomResource
{
    [Output("httpMethod")]
    public Output<string> HttpMethod { get; private set; } = null!;

    public Method(string name, MethodArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/method:Method", name, args ?? new MethodArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class MethodArgs : global::Pulumi.ResourceArgs
{
    [Input("apiKeyRequired")]
    public Input<bool>? ApiKeyRequired { get; set; }

    [Input("authorization", required: true)]
    public Input<string> Authorization { get; set; } = null!;

    [Input("httpMethod", required: true)]
    public Input<string> HttpMethod { get; set; } = null!;

    [Input("resourceId", required: true)]
    public Input<string> ResourceId { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("requestModels")]
    private InputMap<string>? _requestModels;

    public InputMap<string> RequestModels
    {
        get => _requestModels ?? (_requestModels = new InputMap<string>());
        set => _requestModels = value;
    }

    [Input("requestValidatorId")]
    public Input<string>? RequestValidatorId { get; set; }

    public MethodArgs()
    {
    }
    public static new MethodArgs Empty => new MethodArgs();
}
