namespace Pulumi.Aws;

// Mirrors pulumi/pulumi-aws sdk/dotnet/GetCallerIdentity.cs (Pulumi.Aws 7.x): the Invoke form. A test's mocks answer
// it (IMocks.CallAsync) with the result's fields by name.

/// <summary>The account and identity the AWS provider deploys as.</summary>
public static class GetCallerIdentity
{
    public static Output<GetCallerIdentityResult> Invoke(GetCallerIdentityInvokeArgs? args = null, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetCallerIdentityResult>("aws:index/getCallerIdentity:getCallerIdentity", args ?? new GetCallerIdentityInvokeArgs(), options);
}

public sealed class GetCallerIdentityInvokeArgs : global::Pulumi.InvokeArgs
{
    public GetCallerIdentityInvokeArgs()
    {
    }
    public static new GetCallerIdentityInvokeArgs Empty => new GetCallerIdentityInvokeArgs();
}

[OutputType]
public sealed class GetCallerIdentityResult
{
    public readonly string AccountId;
    public readonly string Arn;
    public readonly string Id;
    public readonly string UserId;

    [OutputConstructor]
    private GetCallerIdentityResult(string accountId, string arn, string id, string userId)
    {
        AccountId = accountId;
        Arn = arn;
        Id = id;
        UserId = userId;
    }
}
