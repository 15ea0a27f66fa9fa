// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/UsagePlanKey.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>Puts an API key in a usage plan.</summary>
public partial class UsagePlanKey : global::Pulumi.CustomResource
{
    public UsagePlanKey(string name, UsagePlanKeyArgs args, CustomResourceOptions? options = null)
        : base("aws:apigateway/usagePlanKey:UsagePlanKey", name, args ?? new UsagePlanKeyArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class UsagePlanKeyArgs : global::Pulumi.ResourceArgs
{
    [Input("keyId", required: true)]
    public Input<string> KeyId { get; set; } = null!;

    [Input("keyType", required: true)]
    public Input<string> KeyType { get; set; } = null!;

    [Input("usagePlanId", required: true)]
    public Input<string> UsagePlanId { get; set; } = null!;

    public UsagePlanKeyArgs()
    {
    }
    public static new UsagePlanKeyArgs Empty => new UsagePlanKeyArgs();
}
