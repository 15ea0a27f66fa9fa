// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Deployment.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>A snapshot of a REST API that a stage serves.</summary>
public partial class Deployment : global::Pulumi.CustomResource
{
    public Deployment(string name, DeploymentArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/deployment:Deployment", name, args ?? new DeploymentArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class DeploymentArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("triggers")]
    private InputMap<string>? _triggers;

    public InputMap<string> Triggers
    {
        get => _triggers ?? (_triggers = new InputMap<string>());
        set => _triggers = value;
    }

    public DeploymentArgs()
    {
    }
    public static new DeploymentArgs Empty => new DeploymentArgs();
}
