// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Response.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A gateway response: what API Gateway answers when it rejects a request itself.</summary>
public partial class Response : global::Pulumi.CustomResource
{
    public Response(string name, ResponseArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/response:Response", name, args ?? new ResponseArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class ResponseArgs : global::Pulumi.ResourceArgs
{
    [Input("responseTemplates")]
    private InputMap<string>? _responseTemplates;

    public InputMap<string> ResponseTemplates
    {
        get => _responseTemplates ?? (_responseTemplates = new InputMap<string>());
        set => _responseTemplates = value;
    }

    [Input("responseType", required: true)]
    public Input<string> ResponseType { get; set; } = null!;

    [Input("restApiId", required: true)]
    public Input<string> RestApiId { get; set; } = null!;

    [Input("statusCode")]
    public Input<string>? StatusCode { get; set; }

    public ResponseArgs()
    {
    }
    public static new ResponseArgs Empty => new ResponseArgs();
}
