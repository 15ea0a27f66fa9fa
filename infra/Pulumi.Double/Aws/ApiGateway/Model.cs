// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Model.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A request or response model (JSON schema).</summary>
public partial class Model : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Model(string name, ModelArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/model:Model", name, args ?? new ModelArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class ModelArgs : global::Pulumi.ResourceArgs
{
    [Input("contentType", required: true)]
    public Input<string> ContentType { get; set; } = null!;

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("schema")]
    public Input<string>? Schema { get; set; }

    public ModelArgs()
    {
    }
    public static new ModelArgs Empty => new ModelArgs();
}
