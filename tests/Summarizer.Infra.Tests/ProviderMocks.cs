using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pulumi.Testing;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The test's stand-in for the AWS provider, given to Pulumi's <c>Deployment.TestAsync</c> (public testing API): it
/// records every resource it is asked to create (type, name, inputs as the provider would receive them) and every
/// provider function called, and answers like AWS would after a first deployment: a resource's state is its inputs plus
/// what AWS assigns (id, ARN, generated names, URLs), derived from the names so tests can predict them. As a
/// <paramref name="firstPreview"/>, it answers like the provider during the preview of a first `pulumi up`: no id, and
/// a state that is only the inputs, so every value AWS assigns is unknown.
/// </summary>
public sealed class ProviderMocks(bool firstPreview = false) : IMocks
{
    public const string Region = "us-east-1";
    public const string Account = "123456789012";

    /// <summary>The AMI id the public Amazon Linux parameter resolves to.</summary>
    public const string LatestAmi = "ami-0fa1ce0f0000a1023";

    private readonly ConcurrentQueue<MockResourceArgs> _resources = new();
    private readonly ConcurrentQueue<MockCallArgs> _calls = new();

    /// <summary>Every resource the program registered (custom and component), in the order they reached the mocks.</summary>
    public IReadOnlyList<MockResourceArgs> Resources => _resources.ToList();

    /// <summary>Every provider function the program called.</summary>
    public IReadOnlyList<MockCallArgs> Calls => _calls.ToList();

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        _resources.Enqueue(args);
        var (type, name) = (args.Type!, args.Name!);
        // A component is the program's own grouping: no provider, no id, no state.
        if (!type.StartsWith("aws:", StringComparison.Ordinal))
            return Task.FromResult<(string?, object)>((null, ImmutableDictionary<string, object>.Empty));
        if (firstPreview) return Task.FromResult<(string?, object)>((null, args.Inputs));
        var id = IdOf(type, name);
        // Inputs win: an output of the same name as an input is the input (e.g. an event target's arn).
        return Task.FromResult<(string?, object)>((id, Assigned(type, name, id, args.Inputs).ToImmutableDictionary().SetItems(args.Inputs)));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        _calls.Enqueue(args);
        object result = args.Token switch
        {
            "aws:index/getPartition:getPartition" => new Dictionary<string, object>
            {
                ["dnsSuffix"] = "amazonaws.com", ["id"] = "aws", ["partition"] = "aws", ["reverseDnsPrefix"] = "com.amazonaws",
            },
            "aws:index/getCallerIdentity:getCallerIdentity" => new Dictionary<string, object>
            {
                ["accountId"] = Account, ["arn"] = $"arn:aws:iam::{Account}:user/deployer", ["id"] = Account, ["userId"] = "AIDAFAKEUSERID",
            },
            "aws:ssm/getParameter:getParameter" when args.Args["name"] is string parameter => new Dictionary<string, object>
            {
                ["arn"] = $"arn:aws:ssm:{Region}::parameter{parameter}", ["name"] = parameter, ["type"] = "String",
                ["value"] = parameter.StartsWith("/aws/service/ami-", StringComparison.Ordinal) ? LatestAmi : $"value-of-{parameter}",
                ["version"] = 1, ["id"] = parameter,
            },
            _ => throw new NotSupportedException($"The test's provider mocks do not answer {args.Token}."),
        };
        return Task.FromResult(result);
    }

    /// <summary>A name Pulumi generates for a resource not given one: the logical name and a 7-character suffix.</summary>
    public static string AutoName(string name) => $"{name}-{Hex(name, 7)}";

    private static string IdOf(string type, string name) => type switch
    {
        "aws:ec2/instance:Instance" => $"i-{Hex(name, 17)}",
        "aws:ec2/securityGroup:SecurityGroup" => $"sg-{Hex(name, 17)}",
        _ => $"{name}-id",
    };

    // The outputs AWS assigns on creation, by provider name (the resources' other outputs echo their inputs).
    private static Dictionary<string, object> Assigned(string type, string name, string id, ImmutableDictionary<string, object> inputs)
    {
        var module = type.Split(':')[1].Split('/')[0];
        var kind = type.Split(':')[2];
        // A resource given its name keeps it, as AWS does; otherwise Pulumi's autonaming applies.
        var physical = inputs.GetValueOrDefault("name") as string ?? AutoName(name);
        var assigned = new Dictionary<string, object>
        {
            ["arn"] = (module, kind) switch
            {
                ("s3", _) => $"arn:aws:s3:::{physical}",
                ("sfn", _) => $"arn:aws:states:{Region}:{Account}:stateMachine:{physical}",
                ("ec2", _) => $"arn:aws:ec2:{Region}:{Account}:instance/{id}",
                ("iam", _) => $"arn:aws:iam::{Account}:{Lower(kind)}/{physical}",
                ("lambda", _) => $"arn:aws:lambda:{Region}:{Account}:function:{physical}",
                ("cloudwatch", "LogGroup") => $"arn:aws:logs:{Region}:{Account}:log-group:{physical}",
                ("cloudwatch", "MetricAlarm") => $"arn:aws:cloudwatch:{Region}:{Account}:alarm:{physical}",
                ("ssm", _) => $"arn:aws:ssm:{Region}:{Account}:document/{physical}",
                ("sns", _) => $"arn:aws:sns:{Region}:{Account}:{physical}",
                ("scheduler", _) => $"arn:aws:scheduler:{Region}:{Account}:schedule/default/{physical}",
                ("sqs", _) => $"arn:aws:sqs:{Region}:{Account}:{physical}",
                ("cloudwatch", "EventRule") => $"arn:aws:events:{Region}:{Account}:rule/{physical}",
                _ => $"arn:aws:{module}:{Region}:{Account}:{Lower(kind)}/{physical}",
            },
            ["name"] = physical,
        };
        switch (type)
        {
            case "aws:sqs/queue:Queue":
                assigned["url"] = $"https://sqs.{Region}.amazonaws.com/{Account}/{physical}";
                break;
            case "aws:s3/bucket:Bucket":
                assigned["bucket"] = inputs.GetValueOrDefault("bucket") as string ?? AutoName(name);
                assigned["arn"] = $"arn:aws:s3:::{assigned["bucket"]}";
                break;
            case "aws:apigateway/restApi:RestApi":
                assigned["rootResourceId"] = $"{name}-root-id";
                break;
            case "aws:apigateway/stage:Stage":
                assigned["invokeUrl"] = $"https://{inputs["restApi"]}.execute-api.{Region}.amazonaws.com/{inputs["stageName"]}";
                break;
            case "aws:apigateway/apiKey:ApiKey":
                assigned["value"] = $"{name}-secret-value";
                break;
        }
        return assigned;
    }

    private static string Hex(string name, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..length];

    private static string Lower(string kind) => char.ToLowerInvariant(kind[0]) + kind[1..];
}
