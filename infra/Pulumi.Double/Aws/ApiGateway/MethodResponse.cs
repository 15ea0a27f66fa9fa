// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/MethodResponse.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A status code a method may answer.</summary>
public partial class MethodResponse : global::Pulumi.CustomResource
{
    public MethodResponse(string name, MethodResponseArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/methodResponse:MethodResponse", name, args ?? new MethodResponseArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class MethodResponseArgs : global::Pulumi.ResourceArgs
{
    [Input("httpMethod", required: true)]
    public Input<string> HttpMethod { get; set; } = null!;

    [Input("resourceId", required: true)]
    public Input<string> ResourceId { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("responseModels")]
    private InputMap<string>? _responseModels;

    public InputMap<string> ResponseModels
    {
        get => _responseModels ?? (_responseModels = new InputMap<string>());
        set => _responseModels = value;
    }

    [Input("statusCode", required: true)]
    public Input<string> StatusCode { get; set; } = null!;

    public MethodResponseArgs()
    {
    }
    public static new MethodResponseArgs Empty => new MethodResponseArgs();
}
