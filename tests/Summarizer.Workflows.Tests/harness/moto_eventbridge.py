#!/usr/bin/env python3
"""Checks an EventBridge rule pattern against the events moto's S3 really emits.

Reads {"endpoint", "pattern", "inputBucket", "otherBucket", "uploads": [{"bucket", "key"}]} on stdin; creates both
buckets with EventBridge notifications on, a rule with the pattern on the default bus and an SQS queue as its
target (moto's EventBridge does not deliver to Step Functions targets), uploads the objects, and prints every event
the queue received as JSON.
"""
import json
import sys
import time

import boto3


def main():
    spec = json.load(sys.stdin)
    kw = dict(endpoint_url=spec["endpoint"], region_name="us-east-1",
              aws_access_key_id="testing", aws_secret_access_key="testing")
    s3, sqs, events = boto3.client("s3", **kw), boto3.client("sqs", **kw), boto3.client("events", **kw)

    for bucket in (spec["inputBucket"], spec["otherBucket"]):
        s3.create_bucket(Bucket=bucket)
        s3.put_bucket_notification_configuration(Bucket=bucket,
                                                 NotificationConfiguration={"EventBridgeConfiguration": {}})
    queue_url = sqs.create_queue(QueueName="rule-target")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    events.put_rule(Name="input-object-created", EventPattern=spec["pattern"], State="ENABLED")
    events.put_targets(Rule="input-object-created", Targets=[{"Id": "queue", "Arn": queue_arn}])

    for upload in spec["uploads"]:
        s3.put_object(Bucket=upload["bucket"], Key=upload["key"], Body=b"Id,Text\n1,ok\n")

    received = []
    deadline = time.time() + 10
    while time.time() < deadline:
        batch = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        for message in batch.get("Messages", []):
            received.append(json.loads(message["Body"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
        if not batch.get("Messages") and received and len(received) >= spec.get("expect", 0):
            break
    json.dump(received, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
