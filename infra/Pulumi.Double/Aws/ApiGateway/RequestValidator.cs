// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/RequestValidator.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>What API Gateway validates before calling the integration.</summary>
public partial class RequestValidator : global::Pulumi.CustomResource
{
    public RequestValidator(string name, RequestValidatorArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/requestValidator:RequestValidator", name, args ?? new RequestValidatorArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class RequestValidatorArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("restApi", required: true)]
    public Input<string> RestApi { get; set; } = null!;

    [Input("validateRequestBody")]
    public Input<bool>? ValidateRequestBody { get; set; }

    [Input("validateRequestParameters")]
    public Input<bool>? ValidateRequestParameters { get; set; }

    public RequestValidatorArgs()
    {
    }
    public static new RequestValidatorArgs Empty => new RequestValidatorArgs();
}
