#!/usr/bin/env python3
"""Runs the batch and clean-up workflows on moto's Step Functions engine against moto's EC2, SSM, S3, DynamoDB and SNS,
all in this process (mock_aws), with moto patched to behave like AWS where the workflows depend on it
(aws_behaviour.py, each patch citing the AWS page it follows).

The NUnit tests (tests/Summarizer.Workflows.Tests/Batch/BatchExecutionTests.cs) render the definitions, describe a
scenario as JSON on stdin, and assert on the JSON report this prints. This script sets up the world, plays what is
not moto's (the summarizer on the instance, EventBridge's status-change rule, the schedule, a user stopping an
execution), and reports what happened; it decides nothing.

Still moto's limits, worked around here:
- StartExecution without a name names the execution "None": every execution is named.
- Workflow variables and JSONata need a JVM moto does not have: the definitions keep their state in the payload.
- moto's EventBridge does not deliver to Step Functions targets, and moto emits no "Step Functions Execution Status
  Change" events: the rule is played here, in the event shape AWS documents
  (https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-integration.html), matched with moto's own
  EventBridge pattern matcher against the rendered pattern.
- S3 EventBridge events are built here in the shape AWS documents for a versioned bucket (detail.object.version-id,
  etag; https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html).
- Wait states and retry intervals are compressed to seconds so a scenario runs in seconds.
"""
import datetime
import json
import os
import subprocess
import sys
import threading
import time

import boto3
from moto import mock_aws
from moto.events.models import EventPattern

import aws_behaviour
from aws_behaviour import behaviour

INSTANCE_PLACEHOLDER = "@@INSTANCE_ID@@"
HANG_QUEUE_PLACEHOLDER = "@@HANG_QUEUE_URL@@"
ACCOUNT = "123456789012"
REGION = "us-east-1"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/workflow"
ENDED = ("ABORTED", "TIMED_OUT", "FAILED")


def main():
    scenario = json.load(sys.stdin)
    aws_behaviour.install()
    if "warm" in scenario:  # parse the definitions of these scenarios into the shared cache, run nothing
        aws_behaviour.parse_cache_folder = scenario["parseCache"]
        from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
        for s in scenario["warm"]:
            for machine, definition in s["definitions"].items():
                AmazonStateLanguageParser.parse(prepare(s, machine, definition, aws_behaviour.WORKER_INSTANCE_ID, None))
        json.dump({}, sys.stdout)
        return
    aws_behaviour.parse_cache_folder = scenario.get("parseCache")
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        report = World(scenario).run()
    json.dump(report, sys.stdout, ensure_ascii=False)


class World:
    def __init__(self, scenario):
        self.scenario = scenario
        self.names = scenario["names"]
        self.started = time.time()
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.timeline = []
        self.executions = []  # records of every execution started, batch and clean-up
        self.machines = {}
        self.rule_seen = set()  # batch executions the played status-change rule has handled

    def client(self, service):
        with self.lock:  # boto3's default session is not thread-safe while it creates clients
            return boto3.client(service, region_name=REGION, aws_access_key_id="testing",
                                aws_secret_access_key="testing")

    # ---- set-up ------------------------------------------------------------------------------------------------
    def run(self):
        s = self.scenario
        names = self.names
        self.s3, self.ec2, self.ssm, self.ddb = (self.client(x) for x in ("s3", "ec2", "ssm", "dynamodb"))
        self.sfn, self.sns, self.sqs = (self.client(x) for x in ("stepfunctions", "sns", "sqs"))
        for bucket in (names["input"], names["output"], names["artifacts"]):
            self.s3.create_bucket(Bucket=bucket)
        self.s3.put_bucket_versioning(Bucket=names["input"], VersioningConfiguration={"Status": "Enabled"})
        self.ddb.create_table(TableName=names["table"], BillingMode="PAY_PER_REQUEST",
                              AttributeDefinitions=[{"AttributeName": names["tableKey"], "AttributeType": "S"}],
                              KeySchema=[{"AttributeName": names["tableKey"], "KeyType": "HASH"}])
        self.ssm.create_document(Name=names["document"], Content=s["document"], DocumentType="Command",
                                 DocumentFormat="JSON")
        behaviour.documents[names["document"]] = json.loads(s["document"])
        topic = self.sns.create_topic(Name=names["topic"])["TopicArn"]
        self.queue = self.sqs.create_queue(QueueName="notifications")["QueueUrl"]
        queue_arn = self.sqs.get_queue_attributes(QueueUrl=self.queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self.sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue_arn)

        ec2_behaviour = s.get("instance", {})
        behaviour.pending_seconds = ec2_behaviour.get("pendingSeconds", 1.0)
        behaviour.stopping_seconds = ec2_behaviour.get("stoppingSeconds", 1.0)
        behaviour.register_seconds = ec2_behaviour.get("registerSeconds", 0.5)
        behaviour.stop_failures = ec2_behaviour.get("stopFailures", 0)
        command = s.get("command", {})
        behaviour.command_seconds = command.get("seconds", 0.5)  # a list: one per command, in the order sent
        behaviour.command_outcome = command.get("outcome", "Success")
        behaviour.command_stderr = command.get("stderr", "")
        behaviour.run_command = self.play_summarizer

        self.instance_id = self.ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
        aws_behaviour._set_state(self._instance(), "running", 16)
        initial = ec2_behaviour.get("initial", "stopped")
        if initial == "stopped":
            self._instance()._state.name, self._instance()._state.code = "stopped", 80
            behaviour.running_since.pop(self.instance_id, None)
        elif initial == "stopping":
            self.ec2.stop_instances(InstanceIds=[self.instance_id])

        worker = s.get("worker")
        if worker:
            item = {names["tableKey"]: {"S": f"worker#{self.instance_id}"}}
            for attribute in ("jobs", "slots"):
                if worker.get(attribute):
                    item[attribute] = {"SS": worker[attribute]}
            if worker.get("stopper"):
                item["stopper"] = {"S": worker["stopper"]}
            self.ddb.put_item(TableName=names["table"], Item=item)

        self.uploads = [self.upload(u) for u in s.get("uploads", [])]

        for machine, definition in s["definitions"].items():
            queue = self.sqs.create_queue(QueueName=f"hang-{machine}")["QueueUrl"] if HANG_QUEUE_PLACEHOLDER in definition else None
            definition = prepare(s, machine, definition, self.instance_id, queue)
            self.machines[machine] = self.sfn.create_state_machine(name=names["machines"][machine], definition=definition,
                                                                   roleArn=ROLE)["stateMachineArn"]

        threads = [threading.Thread(target=self.watch_instance, daemon=True)]
        if s.get("statusChangeRule"):
            threads.append(threading.Thread(target=self.play_status_change_rule, daemon=True))
        for t in threads:
            t.start()
        starters = [threading.Thread(target=self.start, args=(spec,), daemon=True) for spec in s.get("executions", [])]
        starters += [threading.Thread(target=self.schedule_reconcile, args=(r,), daemon=True) for r in s.get("reconcile", [])]
        for t in starters:
            t.start()
        for t in starters:
            t.join()
        self.wait_for_all(time.time() + s.get("timeout", 120))
        self.done.set()
        for t in threads:
            t.join(timeout=5)
        return self.report()

    def _instance(self):
        from moto.ec2.models import ec2_backends
        return ec2_backends[ACCOUNT][REGION].get_instance(self.instance_id)

    # The harness watches through moto's models, not boto3: polling through the API would take the CPU the
    # workflows' engine needs.
    @staticmethod
    def _execution(arn):
        from moto.stepfunctions.parser.models import stepfunctions_parser_backends
        return stepfunctions_parser_backends[ACCOUNT][REGION].describe_execution(arn)

    def status(self, arn):
        return self._execution(arn).status

    def upload(self, spec):
        """A PUT of the body with the spec's user metadata. What boto3 would refuse to send (non-ASCII, control
        characters) is what another client's raw headers leave stored: set on moto's model, as S3 stores it."""
        metadata = spec.get("metadata") or {}
        sendable = {k: v for k, v in metadata.items() if v.isascii() and v.isprintable()}
        try:
            put = self.s3.put_object(Bucket=self.names["input"], Key=spec["key"], Body=spec["body"].encode("utf-8"),
                                     Metadata=sendable)
        except Exception as ex:  # reported: S3 refused the upload (no event, no execution)
            return {"key": spec["key"], "putError": repr(ex)}
        raw = {k: v for k, v in metadata.items() if k not in sendable}
        if raw:
            from moto.s3.models import s3_backends
            stored = s3_backends[ACCOUNT]["aws"].get_object(self.names["input"], spec["key"], version_id=put["VersionId"])
            stored.set_metadata({f"x-amz-meta-{k}": v for k, v in raw.items()})
        return {"key": spec["key"], "version": put["VersionId"], "etag": put["ETag"].strip('"'),
                "size": len(spec["body"].encode("utf-8"))}

    # ---- what is not moto's --------------------------------------------------------------------------------------
    def play_summarizer(self, parameters):
        """The summarizer on the instance: reads exactly the version named, writes 'summarized:' + body to the
        staging key, prints the closing counts line (as the document's script does). With command.program, the real
        summarizer program runs instead, with the arguments the document's own script builds from the parameters."""
        try:
            body = self.s3.get_object(Bucket=parameters["InputBucket"], Key=parameters["InputKey"],
                                      VersionId=parameters["InputVersion"])["Body"].read()
            program = self.scenario.get("command", {}).get("program")
            if program:
                return self.run_program(program, parameters, body)
            if self.scenario.get("command", {}).get("writeStaging", True):
                self.s3.put_object(Bucket=parameters["OutputBucket"], Key=parameters["StagingKey"], Body=b"summarized:" + body)
            rows = max(0, body.decode("utf-8").count("\n") - 1)
            return True, f"summarizer: {rows} rows, 0 errors, 0.01 s, {rows * 100} rows/s\n", ""
        except Exception as ex:  # reported through the command's status, as the script's failure would be
            return False, "", f"summarizer: {ex!r}"

    def run_program(self, program, parameters, body):
        arguments = option_arguments(behaviour.documents[self.names["document"]], parameters)
        run = subprocess.run([program, "batch", *arguments, "-", "-"], input=body, capture_output=True, timeout=120)
        stderr = run.stderr.decode("utf-8", "replace")
        if run.returncode != 0:
            return False, "", stderr
        self.s3.put_object(Bucket=parameters["OutputBucket"], Key=parameters["StagingKey"], Body=run.stdout)
        return True, stderr.rstrip("\n").split("\n")[-1] + "\n", stderr

    def start(self, spec):
        record = {"name": spec["name"], "machine": spec.get("machine", "batch")}
        with self.lock:
            self.executions.append(record)
        try:
            if "after" in spec:
                self.wait_until_ended(spec["after"])
            if "afterState" in spec:  # e.g. a second upload once the first job is mid-way
                self.wait_until_entered(*spec["afterState"])
            time.sleep(spec.get("delay", 0))
            if "upload" in spec and isinstance(spec["upload"], dict):  # upload now (a new version), then its event
                upload = self.upload(spec["upload"])
                self.uploads.append(upload)
            elif "upload" in spec:
                upload = self.uploads[spec["upload"]]
            event = spec.get("input") or s3_event(self.names["input"], upload)
            record["input"] = event
            record["arn"] = self.sfn.start_execution(stateMachineArn=self.machines[record["machine"]], name=spec["name"],
                                                     input=json.dumps(event))["executionArn"]
            if "abortAt" in spec:
                self.wait_until_entered(spec["name"], spec["abortAt"])
                time.sleep(spec.get("abortDelay", 0.3))
                self.sfn.stop_execution(executionArn=record["arn"], error="Aborted", cause="Stopped by the test")
        except Exception as ex:  # reported: the test names the execution that could not start
            record["startError"] = repr(ex)

    def schedule_reconcile(self, spec):
        """EventBridge Scheduler's schedule: starts the clean-up workflow with no event, a delay after the start or
        after an execution ended."""
        if "after" in spec:
            self.wait_until_ended(spec["after"])
        time.sleep(spec.get("delay", 0))
        self.start_cleanup(f"reconcile-{len(self.executions)}", {}, "schedule")

    def start_cleanup(self, name, event, trigger):
        record = {"name": name, "machine": "cleanup", "trigger": trigger, "input": event}
        with self.lock:
            self.executions.append(record)
        record["arn"] = self.sfn.start_execution(stateMachineArn=self.machines["cleanup"], name=name,
                                                 input=json.dumps(event))["executionArn"]

    def play_status_change_rule(self):
        """EventBridge's rule on the batch machine's status-change events: every batch execution that ends is
        offered to the rendered pattern; a match starts the clean-up workflow with the event."""
        pattern = EventPattern.load(self.scenario["statusChangePattern"])
        seen = self.rule_seen
        while not self.done.is_set():
            with self.lock:
                arns = [r["arn"] for r in self.executions if r["machine"] == "batch" and "arn" in r]
            for arn in arns:
                if arn in seen or self.status(arn) == "RUNNING":
                    continue
                described = self.sfn.describe_execution(executionArn=arn)
                event = status_change_event(described)
                if pattern.matches_event(event):
                    self.start_cleanup(f"cleanup-{described['name']}", event, "statusChange")
                seen.add(arn)
            time.sleep(0.3)

    def watch_instance(self):
        last = None
        while not self.done.is_set():
            state = self.instance_state()
            if state != last:
                self.timeline.append([time.time(), state])
                last = state
            time.sleep(0.05)

    def instance_state(self):
        return self._instance()._state.name  # read from moto's model: polling through boto costs the engine's CPU

    # ---- waiting -------------------------------------------------------------------------------------------------
    def record(self, name):
        while True:
            with self.lock:
                found = next((r for r in self.executions if r["name"] == name), None)
            if found is not None and ("arn" in found or "startError" in found):
                return found
            time.sleep(0.1)

    def wait_until_ended(self, name):
        record = self.record(name)
        while self.status(record["arn"]) == "RUNNING":
            time.sleep(0.2)

    def wait_until_entered(self, name, state):
        record = self.record(name)
        while True:
            events = self._execution(record["arn"]).to_history_output()["events"]
            if any((e.get("stateEnteredEventDetails") or {}).get("name") == state for e in events):
                return
            if self.status(record["arn"]) != "RUNNING":
                return
            time.sleep(0.1)

    def wait_for_all(self, deadline):
        """Until every execution ended, and no clean-up can still be started (the played rule has seen them all)."""
        while time.time() < deadline:
            with self.lock:
                records = list(self.executions)
            running = [r for r in records if "arn" in r and self.status(r["arn"]) == "RUNNING"]
            settling = self.instance_state() in ("pending", "stopping")
            unhandled = self.scenario.get("statusChangeRule") and any(
                r["machine"] == "batch" and "arn" in r and r["arn"] not in self.rule_seen for r in records)
            if not running and not settling and not unhandled:
                time.sleep(1.0)  # the played rule polls every 0.3 s
                with self.lock:
                    if len(self.executions) == len(records):
                        return
            time.sleep(0.3)

    # ---- the report ----------------------------------------------------------------------------------------------
    def report(self):
        for record in self.executions:
            if "arn" not in record:
                continue
            described = self.sfn.describe_execution(executionArn=record["arn"])
            record.update(status=described["status"], error=described.get("error"), cause=described.get("cause"),
                          **history(self._execution(record["arn"])))
        final_state = self.instance_state()
        if not self.timeline or self.timeline[-1][1] != final_state:
            self.timeline.append([time.time(), final_state])
        with behaviour.lock:
            commands = [{"commandId": cid, "status": i["status"], "parameters": i["parameters"], "instance": i["instance"],
                         "started": i["started"], "ended": i["ended"]} for cid, i in behaviour.invocations.items()]
        return {
            "instanceId": self.instance_id,
            "uploads": self.uploads,
            "executions": self.executions,
            "commands": commands,
            "maxConcurrentCommands": behaviour.max_in_progress,
            "outputObjects": objects(self.s3, self.names["output"]),
            "tableItems": [plain(i) for i in self.ddb.scan(TableName=self.names["table"], ConsistentRead=True)["Items"]],
            "notifications": self.notifications(),
            "instanceState": final_state,
            "instanceTimeline": self.timeline,
            "seconds": round(time.time() - self.started, 1),
        }

    def notifications(self):
        received = []
        while True:
            batch = self.sqs.receive_message(QueueUrl=self.queue, MaxNumberOfMessages=10).get("Messages", [])
            if not batch:
                return received
            for m in batch:
                envelope = json.loads(m["Body"])
                received.append({"subject": envelope.get("Subject"), "message": json.loads(envelope["Message"])})
                self.sqs.delete_message(QueueUrl=self.queue, ReceiptHandle=m["ReceiptHandle"])


def prepare(scenario, machine, definition, instance_id, hang_queue):
    """The definition as the scenario runs it: the instance id and the test queue filled in, waits compressed."""
    definition = definition.replace(INSTANCE_PLACEHOLDER, instance_id)
    definition = definition.replace(HANG_QUEUE_PLACEHOLDER, hang_queue or f"https://sqs.{REGION}.amazonaws.com/{ACCOUNT}/hang-{machine}")
    return compress(definition, scenario.get("waitSeconds", 1), scenario.get("waits", {}), scenario.get("timeouts", {}).get(machine))


def compress(definition, wait_seconds, waits, timeout):
    machine = json.loads(definition)
    if timeout is not None:
        machine["TimeoutSeconds"] = timeout
    walk(machine, wait_seconds, waits)
    return json.dumps(machine)


def walk(machine, wait_seconds, waits):
    for name, state in machine.get("States", {}).items():
        if state.get("Type") == "Wait" and "Seconds" in state:
            state["Seconds"] = min(state["Seconds"], waits.get(name, wait_seconds))
        for retrier in state.get("Retry", []):
            retrier["IntervalSeconds"] = 1
            retrier["BackoffRate"] = 1.0
            retrier.pop("MaxDelaySeconds", None)
            retrier.pop("JitterStrategy", None)
        for branch in state.get("Branches", []):
            walk(branch, wait_seconds, waits)
        processor = state.get("ItemProcessor") or state.get("Iterator")
        if processor:
            walk(processor, wait_seconds, waits)


def option_arguments(document, parameters):
    """The summarizer's option arguments exactly as the document's script builds them: its own lines (from
    `options=(` to the last `options+=`), run by bash with the parameters as SSM_* variables."""
    lines = document["mainSteps"][0]["inputs"]["runCommand"]
    first = next(i for i, line in enumerate(lines) if line.startswith("options=("))
    last = max(i for i, line in enumerate(lines) if "options+=" in line)
    script = "\n".join(["set -euo pipefail", *lines[first:last + 1], 'printf \'%s\\0\' "${options[@]}"'])
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **{f"SSM_{k}": v for k, v in parameters.items()}}
    out = subprocess.run(["bash", "-c", script], env=environment, capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\0")[:-1]


def s3_event(bucket, upload):
    """An 'Object Created' event in the shape AWS documents for S3 -> EventBridge from a versioned bucket."""
    return {
        "version": "0", "id": "00000000-0000-0000-0000-000000000000", "detail-type": "Object Created",
        "source": "aws.s3", "account": ACCOUNT, "time": "2026-01-01T00:00:00Z", "region": REGION,
        "resources": [f"arn:aws:s3:::{bucket}"],
        "detail": {"version": "0", "bucket": {"name": bucket},
                   "object": {"key": upload["key"], "size": upload["size"], "etag": upload["etag"],
                              "version-id": upload["version"], "sequencer": "617f08299329d189"},
                   "request-id": "N4N7GDK58NMKJ12R", "requester": ACCOUNT,
                   "source-ip-address": "1.2.3.4", "reason": "PutObject"},
    }


def status_change_event(described):
    """A 'Step Functions Execution Status Change' event, in the shape AWS documents."""
    def iso(value):
        return value.isoformat() if value is not None else None
    return {
        "version": "0", "id": "11111111-1111-1111-1111-111111111111",
        "detail-type": "Step Functions Execution Status Change", "source": "aws.states", "account": ACCOUNT,
        "time": iso(described.get("stopDate")), "region": REGION, "resources": [described["executionArn"]],
        "detail": {"executionArn": described["executionArn"], "stateMachineArn": described["stateMachineArn"],
                   "name": described["name"], "status": described["status"],
                   "startDate": int(described["startDate"].timestamp() * 1000),
                   "stopDate": int(described["stopDate"].timestamp() * 1000) if described.get("stopDate") else None,
                   "input": described.get("input"), "output": described.get("output"),
                   "inputDetails": {"included": True}, "outputDetails": {"included": True},
                   "error": described.get("error"), "cause": described.get("cause")},
    }


def history(execution):
    """Entered states and Task calls, from moto's model (its API cannot serialize the history of a timed-out
    execution)."""
    events = execution.to_history_output()["events"]
    entered, tasks = [], []
    for e in events:
        details = e.get("stateEnteredEventDetails")
        if details and e["type"].endswith("StateEntered"):
            entered.append(details["name"])
        scheduled = e.get("taskScheduledEventDetails")
        if scheduled:
            tasks.append({"state": entered[-1] if entered else None, "resource": scheduled["resource"],
                          "parameters": json.loads(scheduled.get("parameters") or "null"),
                          "time": seconds(e["timestamp"])})
        succeeded = e.get("taskSucceededEventDetails")
        if succeeded and tasks:
            tasks[-1]["succeeded"] = True
        failed = e.get("taskFailedEventDetails") or e.get("taskTimedOutEventDetails")
        if failed and tasks:
            tasks[-1].setdefault("errors", []).append(failed.get("error"))
    return {"entered": entered, "tasks": tasks}


def seconds(timestamp):
    if hasattr(timestamp, "timestamp"):
        return timestamp.timestamp()
    return datetime.datetime.fromisoformat(str(timestamp).replace("Z", "+00:00")).timestamp()


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
