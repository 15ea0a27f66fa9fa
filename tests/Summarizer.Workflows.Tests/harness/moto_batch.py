#!/usr/bin/env python3
"""Runs the batch workflow on moto's Step Functions engine against moto's EC2, SSM, S3 and DynamoDB.

The NUnit tests (tests/Summarizer.Workflows.Tests/Batch/BatchExecutionTests.cs) render the definition, describe a
scenario as JSON on stdin, and assert on the JSON report this prints. This script only sets up the world, works
around moto 5.2.1's limits, plays the EC2 instance, and reports what happened; it decides nothing.

moto 5.2.1 limits handled here (see README, "Workflows"):
- A second StartExecution in the same account and region fails (the state machine's deepcopy reaches the backend
  and the first execution's lock; getmoto/moto#10077). Every execution gets its own state machine in its own
  region, and every Task resource is pinned to the home region where the instance, buckets and table live.
- StartExecution without a name names the execution "None": every execution is named.
- SSM never runs a command and reports Success at once: a thread plays the instance, writing the staging object
  the summarizer would write, from the command's own parameters.
- Wait states and retry intervals are compressed to seconds so a scenario runs in seconds.
"""
import json
import sys
import threading
import time
import urllib.request

import boto3
from botocore.config import Config

INSTANCE_PLACEHOLDER = "@@INSTANCE_ID@@"
HANG_QUEUE_PLACEHOLDER = "@@HANG_QUEUE_URL@@"


def main():
    started = time.time()
    scenario = json.load(sys.stdin)
    endpoint = scenario["endpoint"]
    home = scenario["homeRegion"]
    names = scenario["names"]
    enable_execution(endpoint)

    lock = threading.Lock()

    def client(service, region=home):
        with lock:  # boto3's default session is not thread-safe while it creates clients
            return boto3.client(service, endpoint_url=endpoint, region_name=region,
                                aws_access_key_id="testing", aws_secret_access_key="testing",
                                config=Config(retries={"max_attempts": 2}))

    s3, ec2, ssm, ddb = client("s3"), client("ec2"), client("ssm"), client("dynamodb")

    for bucket in (names["input"], names["output"], names["artifacts"]):
        s3.create_bucket(Bucket=bucket)
    ddb.create_table(TableName=names["table"], BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": names["tableKey"], "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": names["tableKey"], "KeyType": "HASH"}])
    ssm.create_document(Name=names["document"], Content=scenario["document"], DocumentType="Command",
                        DocumentFormat="JSON")
    instance_id = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
    if not scenario.get("instanceRunning", False):
        ec2.stop_instances(InstanceIds=[instance_id])

    worker_key = f"worker#{instance_id}"
    seed = scenario.get("worker")
    if seed:
        item = {names["tableKey"]: {"S": worker_key}}
        if seed.get("jobs"):
            item["jobs"] = {"SS": seed["jobs"]}
        if seed.get("stopper"):
            item["stopper"] = {"S": seed["stopper"]}
        ddb.put_item(TableName=names["table"], Item=item)

    uploads = []
    for upload in scenario.get("uploads", []):
        s3.put_object(Bucket=names["input"], Key=upload["key"], Body=upload["body"].encode("utf-8"))
        etag = s3.head_object(Bucket=names["input"], Key=upload["key"])["ETag"].strip('"')
        uploads.append({"key": upload["key"], "etag": etag, "size": len(upload["body"].encode("utf-8"))})

    definition = scenario["definition"].replace(INSTANCE_PLACEHOLDER, instance_id)
    if HANG_QUEUE_PLACEHOLDER in definition:
        queue = client("sqs").create_queue(QueueName=f"hang-{names['document']}")["QueueUrl"]
        definition = definition.replace(HANG_QUEUE_PLACEHOLDER, queue)
    definition = pin_and_compress(definition, home,
                                  scenario.get("waitSeconds", 1), scenario.get("waits", {}))

    timeline = []
    stop = threading.Event()
    threads = [threading.Thread(target=watch_instance, args=(ec2, instance_id, timeline, stop), daemon=True)]
    staging_writes = []
    if scenario.get("emulateInstance", True):
        threads.append(threading.Thread(target=play_instance, args=(ssm, s3, names["document"], staging_writes, stop),
                                        daemon=True))
    if seed and seed.get("stopper") and scenario.get("releaseStopperAfter") is not None:
        threads.append(threading.Thread(target=finish_foreign_stop, daemon=True, args=(
            ec2, ddb, names, worker_key, instance_id, scenario["releaseStopperAfter"], stop)))
    for t in threads:
        t.start()

    executions = []
    starters = []
    for spec in scenario["executions"]:
        event = spec.get("input") or s3_event(names["input"], uploads[spec["upload"]], home)
        record = {"name": spec["name"], "region": spec["region"], "input": event}
        executions.append(record)
        after = executions[spec["after"]] if "after" in spec else None
        starters.append(threading.Thread(target=start_execution, daemon=True, args=(
            client, definition, spec, event, record, after)))
    for t in starters:
        t.start()
    for t in starters:
        t.join()

    deadline = time.time() + scenario.get("timeout", 120)
    for record in executions:
        if "arn" not in record:
            continue
        sfn = client("stepfunctions", record["region"])
        while True:
            described = sfn.describe_execution(executionArn=record["arn"])
            if described["status"] != "RUNNING" or time.time() > deadline:
                break
            time.sleep(0.5)
        record["status"] = described["status"]
        record["error"] = described.get("error")
        record["cause"] = described.get("cause")
        record.update(history(sfn, record["arn"]))
    stop.set()
    for t in threads:
        t.join(timeout=5)
    final_state = instance_state(ec2, instance_id)
    if not timeline or timeline[-1][1] != final_state:
        timeline.append([time.time(), final_state])

    report = {
        "instanceId": instance_id,
        "uploads": uploads,
        "executions": executions,
        # moto lists every instance of the region as a target of a command sent with InstanceIds only (it reads
        # the empty Targets as "no filter"); the tests read the targets from the workflow's own request instead.
        "commands": [{"commandId": c["CommandId"], "documentName": c["DocumentName"], "parameters": c["Parameters"]}
                     for c in ssm.list_commands()["Commands"] if c["DocumentName"] == names["document"]],
        "stagingWrites": staging_writes,
        "outputObjects": objects(s3, names["output"]),
        "tableItems": [plain(i) for i in ddb.scan(TableName=names["table"], ConsistentRead=True)["Items"]],
        "instanceState": final_state,
        "instanceTimeline": timeline,
        "seconds": round(time.time() - started, 1),
    }
    json.dump(report, sys.stdout, ensure_ascii=False)


def enable_execution(endpoint):
    request = urllib.request.Request(f"{endpoint}/moto-api/config", method="POST",
                                     data=json.dumps({"stepfunctions": {"execute_state_machine": True}}).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()


def pin_and_compress(definition, home, wait_seconds, waits):
    machine = json.loads(definition)
    walk(machine, home, wait_seconds, waits)
    return json.dumps(machine)


def walk(machine, home, wait_seconds, waits):
    for name, state in machine.get("States", {}).items():
        resource = state.get("Resource")
        if isinstance(resource, str) and resource.startswith("arn:aws:states:::"):
            state["Resource"] = resource.replace("arn:aws:states:::", f"arn:aws:states:{home}::", 1)
        if state.get("Type") == "Wait" and "Seconds" in state:
            state["Seconds"] = min(state["Seconds"], waits.get(name, wait_seconds))
        for retrier in state.get("Retry", []):
            retrier["IntervalSeconds"] = 1
            retrier["BackoffRate"] = 1.0
            retrier.pop("MaxDelaySeconds", None)
            retrier.pop("JitterStrategy", None)
        for branch in state.get("Branches", []):
            walk(branch, home, wait_seconds, waits)
        processor = state.get("ItemProcessor") or state.get("Iterator")
        if processor:
            walk(processor, home, wait_seconds, waits)


def s3_event(bucket, upload, region):
    """An 'Object Created' event in the shape AWS documents for S3 -> EventBridge (detail.object.etag;
    moto's own events say eTag, see README)."""
    return {
        "version": "0", "id": "00000000-0000-0000-0000-000000000000", "detail-type": "Object Created",
        "source": "aws.s3", "account": "123456789012", "time": "2026-01-01T00:00:00Z", "region": region,
        "resources": [f"arn:aws:s3:::{bucket}"],
        "detail": {"version": "0", "bucket": {"name": bucket},
                   "object": {"key": upload["key"], "size": upload["size"], "etag": upload["etag"],
                              "sequencer": "617f08299329d189"},
                   "request-id": "N4N7GDK58NMKJ12R", "requester": "123456789012",
                   "source-ip-address": "1.2.3.4", "reason": "PutObject"},
    }


def start_execution(client, definition, spec, event, record, after):
    """Starts one execution, after a delay or once another execution has ended (a later redelivery)."""
    try:
        wait_for_end(client, after)
        time.sleep(spec.get("delay", 0))
        sfn = client("stepfunctions", spec["region"])
        machine = sfn.create_state_machine(name=f"batch-{spec['name']}", definition=definition,
                                           roleArn="arn:aws:iam::123456789012:role/batch-workflow")
        record["arn"] = sfn.start_execution(stateMachineArn=machine["stateMachineArn"], name=spec["name"],
                                            input=json.dumps(event))["executionArn"]
    except Exception as ex:  # reported: the test names the execution that could not start
        record["startError"] = repr(ex)


def wait_for_end(client, after):
    if after is not None:
        while "arn" not in after and "startError" not in after:
            time.sleep(0.1)
        previous = client("stepfunctions", after["region"])
        while previous.describe_execution(executionArn=after["arn"])["status"] == "RUNNING":
            time.sleep(0.2)


def history(sfn, arn):
    events = []
    token = None
    while True:
        page = sfn.get_execution_history(executionArn=arn, maxResults=1000, **({"nextToken": token} if token else {}))
        events.extend(page["events"])
        token = page.get("nextToken")
        if not token:
            break
    entered, tasks = [], []
    for e in events:
        details = e.get("stateEnteredEventDetails")
        if details and e["type"].endswith("StateEntered"):
            entered.append(details["name"])
        scheduled = e.get("taskScheduledEventDetails")
        if scheduled:
            tasks.append({"state": entered[-1] if entered else None, "resource": scheduled["resource"],
                          "parameters": json.loads(scheduled.get("parameters") or "null"),
                          "time": e["timestamp"].timestamp()})
        succeeded = e.get("taskSucceededEventDetails")
        if succeeded and tasks:
            tasks[-1]["succeeded"] = True
        failed = e.get("taskFailedEventDetails") or e.get("taskTimedOutEventDetails")
        if failed and tasks:
            tasks[-1].setdefault("errors", []).append(failed.get("error"))
    return {"entered": entered, "tasks": tasks}


def watch_instance(ec2, instance_id, timeline, stop):
    last = None
    while not stop.is_set():
        state = instance_state(ec2, instance_id)
        if state != last:
            timeline.append([time.time(), state])
            last = state
        time.sleep(0.4)  # transitions in moto are instant and seconds apart; every poll costs the shared server


def play_instance(ssm, s3, document, writes, stop):
    """What the summarizer on the instance would leave behind: one staging object per command, made from the
    command's parameters only (the input it names, rewritten, at the staging key it names)."""
    done = set()
    while not stop.is_set():
        for command in ssm.list_commands()["Commands"]:
            if command["CommandId"] in done or command["DocumentName"] != document:
                continue
            done.add(command["CommandId"])
            p = {k: v[0] for k, v in command["Parameters"].items()}
            try:
                body = s3.get_object(Bucket=p["InputBucket"], Key=p["InputKey"])["Body"].read()
                s3.put_object(Bucket=p["OutputBucket"], Key=p["StagingKey"], Body=b"summarized:" + body)
                writes.append({"commandId": command["CommandId"], "stagingKey": p["StagingKey"], "ok": True})
            except Exception as ex:  # reported, and the workflow's copy then fails visibly
                writes.append({"commandId": command["CommandId"], "error": repr(ex), "ok": False})
        time.sleep(0.3)


def finish_foreign_stop(ec2, ddb, names, worker_key, instance_id, after, stop):
    """Plays another execution that had claimed the stop: once a job has joined the list (and so waits for the
    claim), it stops the instance, then releases its claim."""
    key = {names["tableKey"]: {"S": worker_key}}
    while not stop.is_set():
        item = ddb.get_item(TableName=names["table"], Key=key, ConsistentRead=True).get("Item", {})
        if "jobs" in item:
            break
        time.sleep(0.2)
    if stop.wait(after):
        return
    ec2.stop_instances(InstanceIds=[instance_id])
    ddb.update_item(TableName=names["table"], Key=key, UpdateExpression="REMOVE stopper")


def instance_state(ec2, instance_id):
    return ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["State"]["Name"]


def objects(s3, bucket):
    result = {}
    for o in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
        got = s3.get_object(Bucket=bucket, Key=o["Key"])
        result[o["Key"]] = {"metadata": got["Metadata"], "contentType": got.get("ContentType"),
                            "body": got["Body"].read().decode("utf-8", "replace")}
    return result


def plain(item):
    out = {}
    for name, value in item.items():
        (kind, v), = value.items()
        out[name] = sorted(v) if kind == "SS" else v
    return out


if __name__ == "__main__":
    main()
