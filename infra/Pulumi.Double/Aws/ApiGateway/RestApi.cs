// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/RestApi.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A REST API.</summary>
public partial class RestApi : global::Pulumi.CustomResource
{
    [Output("rootResourceId")]
    public Output<string> RootResourceId { get; private set; } = null!;

    public RestApi(string name, RestApiArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:apigateway/restApi:RestApi", name, args ?? new RestApiArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class RestApiArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    public RestApiArgs()
    {
    }
    public static new RestApiArgs Empty => new RestApiArgs();
}
