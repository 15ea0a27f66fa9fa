// Mirrors pulumi/pulumi-aws sdk/dotnet/CloudWatch/MetricAlarm.cs (Pulumi.Aws 7.x): the members the program uses, same names and types.

namespace Pulumi.Aws.CloudWatch;

/// <summary>A CloudWatch alarm on one metric.</summary>
public partial class MetricAlarm : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public MetricAlarm(string name, MetricAlarmArgs args, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/metricAlarm:MetricAlarm", name, args ?? new MetricAlarmArgs(), Utilities.WithDefaults(options))
    {
    }
}

public sealed class MetricAlarmArgs : global::Pulumi.ResourceArgs
{
    [Input("alarmActions")]
    private InputList<string>? _alarmActions;

    public InputList<string> AlarmActions
    {
        get => _alarmActions ?? (_alarmActions = new InputList<string>());
        set => _alarmActions = value;
    }

    [Input("alarmDescription")]
    public Input<string>? AlarmDescription { get; set; }

    [Input("comparisonOperator", required: true)]
    public Input<string> ComparisonOperator { get; set; } = null!;

    [Input("dimensions")]
    private InputMap<string>? _dimensions;

    public InputMap<string> Dimensions
    {
        get => _dimensions ?? (_dimensions = new InputMap<string>());
        set => _dimensions = value;
    }

    [Input("evaluationPeriods", required: true)]
    public Input<int> EvaluationPeriods { get; set; } = null!;

    [Input("metricName")]
    public Input<string>? MetricName { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("okActions")]
    private InputList<string>? _okActions;

    public InputList<string> OkActions
    {
        get => _okActions ?? (_okActions = new InputList<string>());
        set => _okActions = value;
    }

    [Input("period")]
    public Input<int>? Period { get; set; }

    [Input("statistic")]
    public Input<string>? Statistic { get; set; }

    [Input("threshold")]
    public Input<double>? Threshold { get; set; }

    [Input("treatMissingData")]
    public Input<string>? TreatMissingData { get; set; }

    public MetricAlarmArgs()
    {
    }
    public static new MetricAlarmArgs Empty => new MetricAlarmArgs();
}
