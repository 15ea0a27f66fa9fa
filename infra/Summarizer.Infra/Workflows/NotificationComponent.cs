using Pulumi;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// The topic every batch job's outcome is published to (success with the result key and counts, failure with the
/// cause), which the batch alarms notify too; with config <c>summarizer:notifyEmail</c>, an e-mail subscription
/// (SNS mails a confirmation link first). Not encrypted with a KMS key: CloudWatch alarms cannot publish to a topic
/// under the AWS-managed SNS key, and a customer key would cost more than the rest of the idle stack; messages
/// carry object keys and counts, never file contents.
/// </summary>
public sealed class NotificationComponent : ComponentResource
{
    public Aws.Sns.Topic Topic { get; }

    public NotificationComponent(string name, SummarizerConfig config, ComponentResourceOptions? options = null)
        : base("summarizer:workflows:Notifications", name, options)
    {
        Topic = new Aws.Sns.Topic(name, new Aws.Sns.TopicArgs { DisplayName = "Summarizer batch jobs" }, new CustomResourceOptions { Parent = this });
        if (config.NotifyEmail is { } email)
            new Aws.Sns.TopicSubscription($"{name}-email", new Aws.Sns.TopicSubscriptionArgs
            {
                Topic = Topic.Arn,
                Protocol = "email",
                Endpoint = email,
            }, new CustomResourceOptions { Parent = this });
        RegisterOutputs();
    }

    /// <summary>An alarm that fires when the metric's statistic over five minutes reaches 1, and tells this topic then and
    /// again when it clears (no data is no alarm).</summary>
    public Aws.CloudWatch.MetricAlarm AlarmOn(string name, string description, string metricNamespace, string metric, string statistic,
        string dimension, Input<string> dimensionValue, Resource parent) =>
        new(name, new Aws.CloudWatch.MetricAlarmArgs
        {
            AlarmDescription = description,
            Namespace = metricNamespace,
            MetricName = metric,
            Dimensions = { { dimension, dimensionValue } },
            Statistic = statistic,
            Period = 300,
            EvaluationPeriods = 1,
            Threshold = 1,
            ComparisonOperator = "GreaterThanOrEqualToThreshold",
            TreatMissingData = "notBreaching",
            AlarmActions = { Topic.Arn },
            OkActions = { Topic.Arn },
        }, new CustomResourceOptions { Parent = parent });
}
