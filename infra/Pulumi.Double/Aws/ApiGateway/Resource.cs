// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Resource.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A path segment of a REST API.</summary>
public partial class Resource : global::Pulumi.CustomResource
{
    public Resource(string name, ResourceArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/resource:Resource", name, args ?? new ResourceArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class ResourceArgs : global::Pulumi.ResourceArgs
{
    [Input("parentId", required: true)]
    public Input<string> ParentId { get; set; } = null!;

    [Input("pathPart", required: true)]
    public Input<string> PathPart { get; set; } = null!;

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    public ResourceArgs()
    {
    }
    public static new ResourceArgs Empty => new ResourceArgs();
}
