// Mirrors pulumi/pulumi-aws sdk/dotnet/ApiGateway/Account.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.ApiGateway;

/// <summary>API Gateway's settings for the account in one region, among them the role it writes CloudWatch logs with.</summary>
public partial class Account : global::Pulumi.CustomResource
{
    [Output("cloudwatchRoleArn")]
    public Output<string> CloudwatchRoleArn { get; private set; } = null!;

    public Account(string name, AccountArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:apigateway/account:Account", name, args ?? new AccountArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class AccountArgs : global::Pulumi.ResourceArgs
{
    [Input("cloudwatchRoleArn")]
    public Input<string>? CloudwatchRoleArn { get; set; }

    public AccountArgs()
    {
    }
    public static new AccountArgs Empty => new AccountArgs();
}
