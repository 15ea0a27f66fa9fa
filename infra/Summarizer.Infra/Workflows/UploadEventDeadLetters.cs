using System.Text.Json.Nodes;
using Pulumi;
using Aws = Pulumi.Aws;

namespace Summarizer.Infra.Workflows;

/// <summary>
/// Where an upload's event goes when EventBridge cannot start the batch workflow with it. EventBridge retries a failed
/// delivery for up to 24 hours and 185 attempts and then drops the event, and drops it at once on an error it does not
/// retry, such as access denied (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html). A dropped
/// event is an upload that ends neither summarized nor failed; here it is kept (encrypted, 14 days) and the first one
/// raises an alarm on the outcome topic. The event names the bucket, key and version: uploading it again, or starting
/// the workflow with it, runs the job.
/// </summary>
public sealed class UploadEventDeadLetters
{
    /// <summary>The longest SQS keeps a message: 14 days.</summary>
    public const int RetentionSeconds = 14 * 24 * 3600;

    /// <summary>EventBridge's own limits, stated so the target's behaviour is explicit: 24 hours, 185 attempts.</summary>
    public const int MaximumEventAgeSeconds = 24 * 3600, MaximumRetryAttempts = 185;

    public Aws.Sqs.Queue Queue { get; }
    public Aws.CloudWatch.MetricAlarm Alarm { get; }

    public UploadEventDeadLetters(string name, Aws.CloudWatch.EventRule rule, NotificationComponent notifications, Resource parent)
    {
        var child = new CustomResourceOptions { Parent = parent };
        Queue = new Aws.Sqs.Queue($"{name}-dead-letters", new Aws.Sqs.QueueArgs
        {
            MessageRetentionSeconds = RetentionSeconds,
            SqsManagedSseEnabled = true,
        }, child);
        // Only EventBridge may put messages here, and only for this rule.
        new Aws.Sqs.QueuePolicy($"{name}-dead-letters-policy", new Aws.Sqs.QueuePolicyArgs
        {
            QueueUrl = Queue.Url,
            Policy = Output.Tuple(Queue.Arn, rule.Arn).Apply(t => Policy(t.Item1, t.Item2)),
        }, child);
        Alarm = notifications.AlarmOn($"{name}-undelivered-uploads",
            "Batch summarization: an upload's event could not start the workflow (see the dead-letter queue)",
            "AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum", "QueueName", Queue.Name, parent);
    }

    /// <summary>The target's settings: the queue, and EventBridge's retry limits.</summary>
    public Aws.CloudWatch.Inputs.EventTargetDeadLetterConfigArgs DeadLetterConfig => new() { Arn = Queue.Arn };

    public static Aws.CloudWatch.Inputs.EventTargetRetryPolicyArgs RetryPolicy => new()
    {
        MaximumEventAgeInSeconds = MaximumEventAgeSeconds,
        MaximumRetryAttempts = MaximumRetryAttempts,
    };

    internal static string Policy(string queueArn, string ruleArn)
    {
        var statement = PolicyJson.Statement("Allow", ["sqs:SendMessage"], [queueArn]);
        statement["Principal"] = new JsonObject { ["Service"] = "events.amazonaws.com" };
        statement["Condition"] = new JsonObject { ["ArnEquals"] = new JsonObject { ["aws:SourceArn"] = ruleArn } };
        return PolicyJson.Document(statement);
    }
}
