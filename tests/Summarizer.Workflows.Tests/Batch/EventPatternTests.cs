using System.Text.Json.Nodes;
using Summarizer.Testing;
using Summarizer.Workflows.Batch;

namespace Summarizer.Workflows.Tests.Batch;

/// <summary>
/// The EventBridge rule's pattern against the events moto's S3 really emits (bucket with EventBridge
/// notifications on → default bus → rule → SQS target; moto does not deliver to Step Functions targets).
/// </summary>
public class EventPatternTests
{
    private const string InputBucket = "summarizer-input-ev";
    private const string OtherBucket = "summarizer-output-ev";

    private static readonly (string Bucket, string Key)[] Uploads =
    [
        (InputBucket, "reviews.csv"),
        (InputBucket, "team a/ré sumé $(x) 'q'+1.csv"),
        (InputBucket, "notes.txt"),
        (InputBucket, "reviews.csv.bak"),
        (OtherBucket, "summaries/reviews.csv.summary.csv"),
        (OtherBucket, "elsewhere.csv"),
    ];

    private JsonArray _received = null!;

    [OneTimeSetUp]
    public void UploadThroughMoto()
    {
        using var moto = MotoServer.Start();
        var spec = new JsonObject
        {
            ["endpoint"] = moto.Endpoint,
            ["pattern"] = BatchWorkflow.EventPattern(InputBucket),
            ["inputBucket"] = InputBucket,
            ["otherBucket"] = OtherBucket,
            ["expect"] = 2,
            ["uploads"] = new JsonArray(Uploads.Select(u => (JsonNode)new JsonObject { ["bucket"] = u.Bucket, ["key"] = u.Key }).ToArray()),
        };
        var python = ExternalTool.Require("python3", "apt-get install python3 (with boto3 and moto[server]==5.2.1)");
        var (code, stdout, stderr) = ExternalTool.Run(python, [Path.Combine(AslValidator.HarnessFolder, "moto_eventbridge.py")],
            stdin: spec.ToJsonString(), timeout: TimeSpan.FromMinutes(2));
        Assert.That(code, Is.EqualTo(0), stderr);
        _received = JsonNode.Parse(stdout)!.AsArray();
    }

    [Test]
    public void Only_csv_objects_created_in_the_input_bucket_match()
    {
        var matched = _received.Select(e => ((string)e!["detail"]!["bucket"]!["name"]!, (string)e["detail"]!["object"]!["key"]!));
        Assert.That(matched, Is.EquivalentTo(new[] { (InputBucket, "reviews.csv"), (InputBucket, "team a/ré sumé $(x) 'q'+1.csv") }));
    }

    [Test]
    public void Matched_events_are_s3_object_created_events_with_the_key_as_stored()
    {
        foreach (var e in _received)
        {
            Assert.That((string)e!["source"]!, Is.EqualTo("aws.s3"));
            Assert.That((string)e["detail-type"]!, Is.EqualTo("Object Created"));
        }
        // Not URL-encoded (no '+' for space, no %xx), as AWS documents for EventBridge, unlike SQS/SNS notifications:
        // the workflow uses the key as is.
        Assert.That(_received.Select(e => (string)e!["detail"]!["object"]!["key"]!), Does.Contain("team a/ré sumé $(x) 'q'+1.csv"));
    }

    [Test]
    public void The_pattern_names_only_the_input_bucket_and_the_suffix()
    {
        var pattern = JsonNode.Parse(BatchWorkflow.EventPattern(InputBucket))!;
        Assert.That((string)pattern["detail"]!["bucket"]!["name"]![0]!, Is.EqualTo(InputBucket));
        Assert.That((string)pattern["detail"]!["object"]!["key"]![0]!["suffix"]!, Is.EqualTo(Summarizer.Contract.StorageLayout.InputSuffix));
    }

    [Test]
    public void The_clean_up_rule_matches_only_the_batch_machines_aborted_timed_out_and_failed_executions()
    {
        // The scenarios in BatchExecutionTests offer every ended batch execution to this pattern (moto's matcher); here
        // the pattern's shape itself, against the event fields AWS documents for Step Functions status changes.
        const string machine = "arn:aws:states:eu-west-1:111122223333:stateMachine:summarizer-test-batch";
        var pattern = JsonNode.Parse(CleanupWorkflow.EventPattern(machine))!;
        Assert.That((string)pattern["source"]![0]!, Is.EqualTo("aws.states"));
        Assert.That((string)pattern["detail-type"]![0]!, Is.EqualTo("Step Functions Execution Status Change"));
        Assert.That(pattern["detail"]!["status"]!.AsArray().Select(s => (string)s!), Is.EquivalentTo(new[] { "ABORTED", "TIMED_OUT", "FAILED" }));
        Assert.That(pattern["detail"]!["stateMachineArn"]!.AsArray().Select(s => (string)s!), Is.EqualTo(new[] { machine }));
    }
}
