// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Integration.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>What a method calls.</summary>
public partial class Integration : global::Pulumi.CustomResource
{
    public Integration(string name, IntegrationArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/integration:Integration", name, args ?? new IntegrationArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class IntegrationArgs : global::Pulumi.ResourceArgs
{
    [Input("credentials")]
    public Input<string>? Credentials { get; set; }

    [Input("httpMethod", required: true)]
    public Input<string> HttpMethod { get; set; } = null!;

    [Input("resourceId", required: true)]
    public Input<string> ResourceId { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("integrationHttpMethod")]
    public Input<string>? IntegrationHttpMethod { get; set; }

    [Input("passthroughBehavior")]
    public Input<string>? PassthroughBehavior { get; set; }

    [Input("requestTemplates")]
    private InputMap<string>? _requestTemplates;

    public InputMap<string> RequestTemplates
    {
        get => _requestTemplates ?? (_requestTemplates = new InputMap<string>());
        set => _requestTemplates = value;
    }

    [Input("timeoutMilliseconds")]
    public Input<int>? TimeoutMilliseconds { get; set; }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    [Input("uri")]
    public Input<string>? Uri { get; set; }

    public IntegrationArgs()
    {
    }
    public static new IntegrationArgs Empty => new IntegrationArgs();
}
