namespace Pulumi.Aws.Ssm;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Ssm/GetParameter.cs (Pulumi.Aws 7.x): the Invoke form (Output result). A test's
// mocks answer it (IMocks.CallAsync) with the result's fields by name.

/// <summary>Reads an SSM parameter, e.g. the public parameter that names the latest Amazon Linux AMI.</summary>
public static class GetParameter
{
    public static Output<GetParameterResult> Invoke(GetParameterInvokeArgs args, InvokeOptions? options = null) =>
        global::Pulumi.Deployment.Instance.Invoke<GetParameterResult>("aws:ssm/getParameter:getParameter", args ?? new GetParameterInvokeArgs(), options);
}

public sealed class GetParameterInvokeArgs : global::Pulumi.InvokeArgs
{
    /// <summary>Name of the parameter.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary>Whether to return the decrypted value of a SecureString.</summary>
    [Input("withDecryption")]
    public Input<bool>? WithDecryption { get; set; }

    public GetParameterInvokeArgs()
    {
    }
    public static new GetParameterInvokeArgs Empty => new GetParameterInvokeArgs();
}

[OutputType]
public sealed class GetParameterResult
{
    public readonly string Arn;
    public readonly string Name;
    public readonly string Type;
    public readonly string Value;
    public readonly int Version;
    public readonly bool? WithDecryption;
    public readonly string Id;

    [OutputConstructor]
    private GetParameterResult(string arn, string name, string type, string value, int version, bool? withDecryption, string id)
    {
        Arn = arn;
        Name = name;
        Type = type;
        Value = value;
        Version = version;
        WithDecryption = withDecryption;
        Id = id;
    }
}
