// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/IntegrationResponse.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>How an integration answer maps to a method response.</summary>
public partial class IntegrationResponse : global::Pulumi.CustomResource
{
    public IntegrationResponse(string name, IntegrationResponseArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/integrationResponse:IntegrationResponse", name, args ?? new IntegrationResponseArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class IntegrationResponseArgs : global::Pulumi.ResourceArgs
{
    [Input("httpMethod", required: true)]
    public Input<string> HttpMethod { get; set; } = null!;

    [Input("resourceId", required: true)]
    public Input<string> ResourceId { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("responseTemplates")]
    private InputMap<string>? _responseTemplates;

    public InputMap<string> ResponseTemplates
    {
        get => _responseTemplates ?? (_responseTemplates = new InputMap<string>());
        set => _responseTemplates = value;
    }

    [Input("selectionPattern")]
    public Input<string>? SelectionPattern { get; set; }

    [Input("statusCode", required: true)]
    public Input<string> StatusCode { get; set; } = null!;

    public IntegrationResponseArgs()
    {
    }
    public static new IntegrationResponseArgs Empty => new IntegrationResponseArgs();
}
