using System.Security.Cryptography;
using System.Text;

namespace Pulumi.Testing;

// Double-only: the fake values outputs resolve to, as a Pulumi mock (Pulumi.Testing.IMocks) returning its
// inputs as state plus made-up provider-assigned values would. Derived from names so tests can predict them.
internal static class FakeState
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";

    /// <summary>A provider auto-name: the logical name plus a stable 7-character suffix, as Pulumi's autonaming.</summary>
    public static string AutoName(string name) =>
        $"{name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..7]}";

    public static string Id(string type, string name) => type switch
    {
        "aws:ec2/instance:Instance" => $"i-{Hex(name, 17)}",
        "aws:ec2/securityGroup:SecurityGroup" => $"sg-{Hex(name, 17)}",
        _ => $"{name}-id",
    };

    /// <summary>The fake value of a string output no input echoes, by wire name.</summary>
    public static string? String(string type, string name, string wire, string id, Func<string, string?> input)
    {
        var module = type.Split(':')[1].Split('/')[0];
        var kind = type.Split(':')[2];
        // A resource given its name keeps it, as AWS does; otherwise Pulumi's autonaming applies.
        var physical = input("name") ?? AutoName(name);
        return wire switch
        {
            "arn" when module == "s3" => $"arn:aws:s3:::{physical}",
            "arn" when module == "sfn" => $"arn:aws:states:{Region}:{Account}:stateMachine:{physical}",
            "arn" when module == "ec2" => $"arn:aws:ec2:{Region}:{Account}:instance/{id}",
            "arn" when module == "iam" => $"arn:aws:iam::{Account}:{Lower(kind)}/{physical}",
            "arn" when module == "lambda" => $"arn:aws:lambda:{Region}:{Account}:function:{physical}",
            "arn" when module == "cloudwatch" && kind == "LogGroup" => $"arn:aws:logs:{Region}:{Account}:log-group:{physical}",
            "arn" when module == "ssm" => $"arn:aws:ssm:{Region}:{Account}:document/{physical}",
            "arn" when module == "sns" => $"arn:aws:sns:{Region}:{Account}:{physical}",
            "arn" when module == "cloudwatch" && kind == "MetricAlarm" => $"arn:aws:cloudwatch:{Region}:{Account}:alarm:{physical}",
            "arn" when module == "scheduler" => $"arn:aws:scheduler:{Region}:{Account}:schedule/default/{physical}",
            "arn" => $"arn:aws:{module}:{Region}:{Account}:{Lower(kind)}/{physical}",
            "name" or "bucket" => physical,
            "executionArn" => $"arn:aws:execute-api:{Region}:{Account}:{id}",
            "invokeUrl" => $"https://{input("restApi")}.execute-api.{Region}.amazonaws.com/{input("stageName")}",
            "rootResourceId" => $"{name}-root-id",
            "value" => $"{name}-secret-value",
            _ => $"{name}-{wire}",
        };
    }

    private static string Hex(string name, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..length];

    private static string Lower(string kind) => char.ToLowerInvariant(kind[0]) + kind[1..];
}
