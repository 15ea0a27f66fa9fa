// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/LogGroup.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch;

/// <summary>A CloudWatch Logs log group.</summary>
public partial class LogGroup : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public LogGroup(string name, LogGroupArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/logGroup:LogGroup", name, args ?? new LogGroupArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class LogGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("retentionInDays")]
    public Input<int>? RetentionInDays { get; set; }

    public LogGroupArgs()
    {
    }
    public static new LogGroupArgs Empty => new LogGroupArgs();
}
