using Pulumi.Testing;

namespace Pulumi.Aws;

// Mirrors pulumi/pulumi-aws sdk/dotnet/GetCallerIdentity.cs (Pulumi.Aws 7.x): the Invoke form. The double answers
// with the fake account every fake ARN uses.

/// <summary>The account and identity the AWS provider deploys as.</summary>
public static class GetCallerIdentity
{
    public static Output<GetCallerIdentityResult> Invoke(GetCallerIdentityInvokeArgs? args = null, InvokeOptions? options = null) =>
        Output.Create(DoubleRun.Current.Invoke("aws:index/getCallerIdentity:getCallerIdentity", args ?? new GetCallerIdentityInvokeArgs(), _ =>
            new GetCallerIdentityResult(FakeState.Account, $"arn:aws:iam::{FakeState.Account}:user/deployer", FakeState.Account, "AIDAFAKEUSERID")));
}

public sealed class GetCallerIdentityInvokeArgs : global::Pulumi.InvokeArgs
{
    public GetCallerIdentityInvokeArgs()
    {
    }
    public static new GetCallerIdentityInvokeArgs Empty => new GetCallerIdentityInvokeArgs();
}

public sealed class GetCallerIdentityResult
{
    public readonly string AccountId;
    public readonly string Arn;
    public readonly string Id;
    public readonly string UserId;

    internal GetCallerIdentityResult(string accountId, string arn, string id, string userId)
    {
        AccountId = accountId;
        Arn = arn;
        Id = id;
        UserId = userId;
    }
}
