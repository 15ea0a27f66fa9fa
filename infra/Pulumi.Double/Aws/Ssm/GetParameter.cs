using Pulumi.Testing;

namespace Pulumi.Aws.Ssm;

// Mirrors pulumi/pulumi-aws sdk/dotnet/Ssm/GetParameter.cs (Pulumi.Aws 7.x): the Invoke form (Output result).
// The double's fake value of a public AMI parameter looks like an AMI id, as a mock's CallAsync would return.

/// <summary>Reads an SSM parameter, e.g. the public parameter that names the latest Amazon Linux AMI.</summary>
public static class GetParameter
{
    public static Output<GetParameterResult> Invoke(GetParameterInvokeArgs args, InvokeOptions? options = null) =>
        Output.Create(DoubleRun.Current.Invoke("aws:ssm/getParameter:getParameter", args, a =>
        {
            var name = a.Name.ToOutput().Value;
            var value = name.StartsWith("/aws/service/ami-", StringComparison.Ordinal) ? "ami-0fa1ce0f0000a1023" : $"value-of-{name}";
            return new GetParameterResult($"arn:aws:ssm:{FakeState.Region}::parameter{name}", name, "String", value, 1, null, name);
        }));
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

public sealed class GetParameterResult
{
    public readonly string Arn;
    public readonly string Name;
    public readonly string Type;
    public readonly string Value;
    public readonly int Version;
    public readonly bool? WithDecryption;
    public readonly string Id;

    internal GetParameterResult(string arn, string name, string type, string value, int version, bool? withDecryption, string id)
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
