"""moto 5.2.1 patched in-process to behave like AWS where the batch workflows depend on it.

Imported by moto_batch.py before it starts moto (mock_aws, no server: moto's Step Functions engine calls the other
services in-process). Each patch says what AWS does and cites the page; the workflows must not depend on anything moto
does differently.

- Step Functions, aws-sdk integrations: errors are named `<Service>.<Error>` with the service's exception prefix in
  PascalCase (Ec2, Ssm, S3, Sfn, Sns) and an `Exception` suffix; a service whose API models no exception shapes
  (EC2) raises its base exception, `Ec2.Ec2Exception`, with the EC2 error code only in the cause. Parameters are
  PascalCase API member names and results come back PascalCase, as JSON (timestamps as text).
  https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
  (moto names them from the lower-case resource, `ec2.ec2Exception`, and passes parameters unconverted.)
- Step Functions: more than one execution of a state machine (getmoto/moto#10077: the second StartExecution
  deep-copies the machine with the first execution's thread and lock in it, and fails).
- Step Functions: an execution's end is final: one stopped (StopExecution) or timed out stays ABORTED or TIMED_OUT
  even when the Task it was in fails afterwards (moto lets that failure overwrite the status with FAILED).
  https://docs.aws.amazon.com/step-functions/latest/apireference/API_StopExecution.html
- EC2: StartInstances moves a stopped instance to `pending`, then `running`; StopInstances a running one to
  `stopping`, then `stopped`; starting a `stopping` instance, or stopping a `pending` one, fails with
  IncorrectInstanceState. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html,
  https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (IncorrectInstanceState)
- SSM: DescribeInstanceInformation lists an instance (PingStatus Online) once its agent registered after boot;
  SendCommand refuses an instance that is not (InvalidInstanceId), refuses parameters outside the document's
  allowedPattern (InvalidParameters) and targets only the InstanceIds given; an invocation goes Pending ->
  InProgress -> Success/Failed and GetCommandInvocation reports it with the command's output.
  https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html,
  https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html,
  https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html (command statuses)
- DynamoDB: a conditional write is atomic: the condition is checked and the item written as one step, so two
  concurrent claims cannot both succeed (moto checks, then writes, without a lock between threads).
  https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
- S3: a key is at most 1,024 bytes of UTF-8; a longer one is refused with KeyTooLongError.
  https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html,
  https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (KeyTooLongError)
- S3: an object's user-defined metadata is at most 2 KB (the UTF-8 bytes of every key and value together); a PUT
  with more is refused with MetadataTooLarge. A metadata value that is not US-ASCII is returned RFC 2047-encoded
  (=?UTF-8?B?...?=), so HeadObject never answers it verbatim.
  https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html (user-defined object metadata),
  https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (MetadataTooLarge)
"""
import copy
import re
import threading
import time

from botocore.exceptions import ClientError
from moto.core.exceptions import ServiceException
from moto.core.responses import ActionResult
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models.instances import Instance
from moto.s3.exceptions import S3ClientError
from moto.s3.models import S3Backend
from moto.ssm.models import Command, SimpleSystemManagerBackend
from moto.ssm.responses import SimpleSystemManagerResponse
from moto.stepfunctions.models import StateMachine
from moto.stepfunctions.parser.asl.component.state.exec.state_task.service import state_task_service_aws_sdk as aws_sdk

MAX_KEY_BYTES = 1024
MAX_USER_METADATA_BYTES = 2 * 1024
USER_METADATA_PREFIX = "x-amz-meta-"
WORKER_INSTANCE_ID = "i-0123456789abcdef0"

# Exception prefixes of the services the workflows call (the "Exception prefix" column of the page above).
_PREFIX = {"ec2": "Ec2", "ssm": "Ssm", "s3": "S3", "sfn": "Sfn", "sns": "Sns", "dynamodb": "DynamoDb"}


class Behaviour:
    """Per-scenario timings and outcomes the patches read (seconds are compressed: AWS takes minutes)."""

    def __init__(self):
        self.pending_seconds = 1.0
        self.stopping_seconds = 1.0
        self.register_seconds = 0.5  # after 'running', until the SSM Agent pings Online
        self.stop_failures = 0  # StopInstances calls that fail (an EC2 error) before one succeeds
        self.command_seconds = 0.5
        self.command_outcome = "Success"  # or "Failed", or "Hang" (stays InProgress)
        self.command_stderr = ""
        self.run_command = None  # callable(parameters) -> (ok, stdout, stderr): plays the summarizer
        self.lock = threading.RLock()
        self.running_since = {}  # instance id -> time it became 'running'
        self.invocations = {}  # command id -> dict
        self.in_progress = 0
        self.max_in_progress = 0
        self.documents = {}  # name -> parsed content


behaviour = Behaviour()


def _later(seconds, action):
    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.start()


# ---- Step Functions --------------------------------------------------------------------------------------------

def _state_machine_deepcopy(self, memo):
    clone = self.__class__.__new__(self.__class__)
    memo[id(self)] = clone
    for name, value in self.__dict__.items():
        setattr(clone, name, [] if name == "executions" else copy.deepcopy(value, memo))
    return clone


def _service_error_name(service_name):
    return _PREFIX.get(service_name.lower(), service_name)


def _exception_name(prefix, ex):
    name = ex.__class__.__name__
    if name == "ClientError":  # not a modeled exception of the service: its base exception
        return f"{prefix}.{prefix}Exception"
    return f"{prefix}.{name}" + ("" if name.endswith("Exception") else "Exception")


def _eval_service_task(self, env, resource_runtime_part, normalised_parameters, state_credentials):
    service_name = self._get_boto_service_name()
    api_action = self._get_boto_service_action()
    client = aws_sdk.boto_client_for(service=service_name, region=resource_runtime_part.region,
                                     state_credentials=state_credentials)
    operation = client.meta.service_model.operation_model(client.meta.method_to_api_mapping[api_action])
    if operation.input_shape is not None:
        self._to_boto_request(normalised_parameters, operation.input_shape)
    response = getattr(client, api_action)(**normalised_parameters) or {}
    response.pop("ResponseMetadata", None)
    if operation.output_shape is not None:
        self._from_boto_response(response, operation.output_shape)
    env.stack.append(_json_timestamps(response))


def _json_timestamps(value):
    """A task result is JSON: timestamps (S3's LastModified) arrive as text, not as objects moto cannot serialize."""
    import datetime
    if isinstance(value, dict):
        return {k: _json_timestamps(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_timestamps(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.datetime) else value


# ---- EC2 -------------------------------------------------------------------------------------------------------

def _set_state(instance, name, code):
    instance._state.name = name
    instance._state.code = code
    if name == "running":
        with behaviour.lock:
            behaviour.running_since[instance.id] = time.time()
    else:
        behaviour.running_since.pop(instance.id, None)


def _transition(instance, through, through_code, to, to_code, seconds):
    """The instance enters the transitional state now and the final one after `seconds`, unless moved meanwhile."""
    _set_state(instance, through, through_code)

    def settle():
        if instance._state.name == through:
            _set_state(instance, to, to_code)
    _later(seconds, settle)


def _start(self):
    previous = copy.copy(self._state)
    if self._state.name in ("stopping", "shutting-down", "terminated"):
        raise EC2ClientError("IncorrectInstanceState",
                             f"The instance '{self.id}' is not in a state from which it can be started.")
    if self._state.name == "stopped":
        _transition(self, "pending", 0, "running", 16, behaviour.pending_seconds)
    return previous


def _stop(self):
    previous = copy.copy(self._state)
    with behaviour.lock:
        if behaviour.stop_failures > 0:
            behaviour.stop_failures -= 1
            raise EC2ClientError("InternalError", "An internal error has occurred.")
    if self._state.name == "pending":
        raise EC2ClientError("IncorrectInstanceState",
                             f"The instance '{self.id}' is not in a state from which it can be stopped.")
    if self._state.name == "running":
        _transition(self, "stopping", 64, "stopped", 80, behaviour.stopping_seconds)
    return previous


def registered(instance_id):
    with behaviour.lock:
        since = behaviour.running_since.get(instance_id)
    return since is not None and time.time() - since >= behaviour.register_seconds


# ---- SSM -------------------------------------------------------------------------------------------------------

def _describe_instance_information(self):
    filters = {f["Key"]: f["Values"] for f in self._get_param("Filters", [])}
    ids = filters.get("InstanceIds", list(behaviour.running_since))
    listed = []
    for instance_id in ids:
        online = registered(instance_id)
        if "PingStatus" in filters and ("Online" if online else "ConnectionLost") not in filters["PingStatus"]:
            continue
        if online:
            listed.append({"InstanceId": instance_id, "PingStatus": "Online", "PlatformType": "Linux",
                           "ResourceType": "EC2Instance"})
    return ActionResult({"InstanceInformationList": listed})


_original_send_command = SimpleSystemManagerBackend.send_command


def _send_command(self, **kwargs):
    instance_ids = kwargs.get("instance_ids") or []
    if not instance_ids or not all(registered(i) for i in instance_ids):
        raise ServiceException("InvalidInstanceId", f"Instances {instance_ids} not in a valid state for account "
                                                    f"{self.account_id}")
    document = behaviour.documents.get(kwargs.get("document_name"))
    if document is not None:
        declared = document.get("parameters", {})
        for name, values in (kwargs.get("parameters") or {}).items():
            pattern = declared.get(name, {}).get("allowedPattern") if name in declared else None
            if name not in declared or (pattern and not all(re.search(pattern, v) for v in values)):
                raise ServiceException("InvalidParameters", f"Parameter {name} is not valid for the document.")
    kwargs["targets"] = []
    command = _original_send_command(self, **kwargs)
    command.instance_ids = list(instance_ids)
    invocation = {"status": "Pending", "stdout": "", "stderr": "", "instance": instance_ids[0],
                  "parameters": {k: v[0] for k, v in (kwargs.get("parameters") or {}).items()}, "started": None,
                  "ended": None}
    with behaviour.lock:
        invocation["order"] = len(behaviour.invocations)
        behaviour.invocations[command.command_id] = invocation

    def in_progress():
        with behaviour.lock:
            if invocation["status"] != "Pending":  # cancelled before it started
                return
            invocation["status"] = "InProgress"
            invocation["started"] = time.time()
            behaviour.in_progress += 1
            behaviour.max_in_progress = max(behaviour.max_in_progress, behaviour.in_progress)
        seconds = behaviour.command_seconds
        if isinstance(seconds, list):
            seconds = seconds[min(invocation["order"], len(seconds) - 1)]
        _later(seconds, finish)

    def finish():
        outcome, stdout, stderr = behaviour.command_outcome, "", behaviour.command_stderr
        if outcome == "Hang":
            return
        if outcome == "Success" and behaviour.run_command is not None:
            ok, stdout, stderr = behaviour.run_command(invocation["parameters"])
            outcome = "Success" if ok else "Failed"
        with behaviour.lock:
            if invocation["status"] != "InProgress":  # cancelled while it ran
                return
            invocation.update(status=outcome, stdout=stdout, stderr=stderr, ended=time.time())
            behaviour.in_progress -= 1
    _later(0.2, in_progress)
    return command


def _cancel_command(self):
    """CancelCommand stops an invocation that has not ended, which then ends Cancelled (AWS passes through Cancelling;
    the workflows treat both as not Success); an ended one stays as it ended. An unknown id is InvalidCommandId
    (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CancelCommand.html)."""
    command_id = self._get_param("CommandId")
    with behaviour.lock:
        invocation = behaviour.invocations.get(command_id)
        if invocation is None:
            raise ServiceException("InvalidCommandId", "The specified command ID isn't valid. Verify the ID and try again.")
        if invocation["status"] in ("Pending", "InProgress", "Delayed"):
            if invocation["status"] == "InProgress":
                behaviour.in_progress -= 1
            invocation.update(status="Cancelled", ended=time.time())
    return ActionResult({})


def _get_invocation(self, instance_id, plugin_name):
    with behaviour.lock:
        invocation = behaviour.invocations.get(self.command_id)
        if invocation is None or invocation["instance"] != instance_id:
            raise ServiceException("InvocationDoesNotExist", "The command invocation does not exist.")
        status = invocation["status"]
        return {"CommandId": self.command_id, "InstanceId": instance_id, "DocumentName": self.document_name,
                "PluginName": "runSummarizer", "ResponseCode": 0 if status == "Success" else -1, "Status": status,
                "StatusDetails": status, "StandardOutputContent": invocation["stdout"],
                "StandardErrorContent": invocation["stderr"]}


# ---- S3 --------------------------------------------------------------------------------------------------------

def _key_fits(key):
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise S3ClientError("KeyTooLongError", "Your key is too long")


_original_put_object = S3Backend.put_object
_original_copy_object = S3Backend.copy_object


def _put_object(self, bucket_name, key_name, *args, **kwargs):
    _key_fits(key_name)
    return _original_put_object(self, bucket_name, key_name, *args, **kwargs)


def _copy_object(self, src_key, dest_bucket_name, dest_key_name, *args, **kwargs):
    _key_fits(dest_key_name)
    return _original_copy_object(self, src_key, dest_bucket_name, dest_key_name, *args, **kwargs)


def _metadata_fits(metadata):
    size = sum(len(k[len(USER_METADATA_PREFIX):].encode("utf-8")) + len(str(v).encode("utf-8"))
               for k, v in metadata.items() if k.lower().startswith(USER_METADATA_PREFIX))
    if size > MAX_USER_METADATA_BYTES:
        raise S3ClientError("MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size.")


def _put_object_response(original):
    """The metadata limit is checked before the object is stored, as S3 refuses the whole PUT."""
    def put_object(self):
        from moto.s3.utils import metadata_from_headers
        _metadata_fits(metadata_from_headers(self.headers))
        return original(self)
    return put_object


def _rfc2047(value):
    from email.header import Header
    return value if str(value).isascii() else Header(str(value), "utf-8").encode()


def _returned_metadata(self):
    """What S3 answers for the stored metadata: user values that are not US-ASCII RFC 2047-encoded."""
    from moto.utilities.utils import LowercaseDict
    answered = LowercaseDict()
    for k, v in self._metadata.items():
        answered[k] = _rfc2047(v) if k.lower().startswith(USER_METADATA_PREFIX) else v
    return answered


# ---- speed: moto's engine builds a new boto3 client for every Task (tens of milliseconds of CPU each) --------------

_clients = {}
_clients_lock = threading.Lock()


def _cached_client_factory(original):
    def client_for(region, service, state_credentials=None):
        key = (region, service)
        with _clients_lock:
            if key not in _clients:
                _clients[key] = original(region=region, service=service, state_credentials=state_credentials)
            return _clients[key]
    return client_for


_parsed = {}
parse_cache_folder = None  # set by the harness: parsed definitions shared by the scenarios' processes


def _cached_parser(original):
    """moto parses a definition with ANTLR in pure Python (seconds for the batch definition) at creation and again at
    every execution: parsed once (kept on disk for the other scenarios' processes), then each execution gets its own
    copy of the evaluation tree. Only moto's variable-reference analysis reads the parse tree, and these JSONPath
    definitions use no variables."""
    import hashlib
    import os
    import pickle

    def load(definition):
        path = None
        if parse_cache_folder:
            path = os.path.join(parse_cache_folder, hashlib.sha256(definition.encode("utf-8")).hexdigest() + ".pickle")
            try:
                with open(path, "rb") as f:
                    return pickle.load(f)
            except (OSError, EOFError, pickle.UnpicklingError):
                pass
        program = original(definition)[0]
        if path:
            os.makedirs(parse_cache_folder, exist_ok=True)
            temporary = f"{path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as f:
                pickle.dump(program, f)
            os.replace(temporary, path)
        return program

    def parse(definition):
        with _clients_lock:
            if definition not in _parsed:
                _parsed[definition] = load(definition)
            program = _parsed[definition]
        return copy.deepcopy(program), None
    return staticmethod(parse)


def _cached_jsonpath(module):
    """moto parses every JSONPath with jsonpath-ng's parser on every evaluation (tens of milliseconds each)."""
    import functools
    module.parse = functools.lru_cache(maxsize=4096)(module.parse)


_item_lock = threading.RLock()
_object_lock = threading.RLock()


def _atomic(method, lock=_item_lock):
    def locked(self, *args, **kwargs):
        with lock:
            return method(self, *args, **kwargs)
    return locked


def _final_end(original):
    def set_error(self, error):
        from moto.stepfunctions.parser.asl.eval.program_state import ProgramStopped, ProgramTimedOut
        if isinstance(self._program_state, (ProgramStopped, ProgramTimedOut)):
            return
        original(self, error)
    return set_error


def install():
    import importlib
    from moto.stepfunctions.parser.asl.eval.environment import Environment
    Environment.set_error = _final_end(Environment.set_error)
    from moto.dynamodb.models import DynamoDBBackend
    for name in ("put_item", "update_item", "delete_item", "get_item"):
        setattr(DynamoDBBackend, name, _atomic(getattr(DynamoDBBackend, name)))
    # DynamoDB answers each item request from one consistent state of the item. moto's handler builds the answer (the
    # item's attributes, ReturnValues) after the backend call returns, outside that lock, so a concurrent ADD to the
    # same item could change a set while it is copied ("dictionary changed size during iteration", seen as a 500 with
    # 50 executions at once): the whole request is atomic, as on AWS.
    from moto.dynamodb.responses import DynamoHandler
    for name in ("put_item", "update_item", "delete_item", "get_item", "query", "scan", "transact_write_items"):
        setattr(DynamoHandler, name, _atomic(getattr(DynamoHandler, name)))
    from moto.stepfunctions.parser.asl.utils import json_path
    from moto.stepfunctions.parser.asl.component.common.path import result_path
    _cached_jsonpath(json_path)
    _cached_jsonpath(result_path)
    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
    AmazonStateLanguageParser.parse = _cached_parser(AmazonStateLanguageParser.parse)
    from moto.stepfunctions.parser.asl.static_analyser import variable_references_static_analyser as variables
    variables.VariableReferencesStaticAnalyser.process_and_get = staticmethod(lambda definition: {})
    # One instance id in every scenario, so every scenario renders the same definitions and shares their parse.
    from moto.ec2.models import instances
    instances.random_instance_id = lambda: WORKER_INSTANCE_ID
    from moto.stepfunctions.parser.asl.utils import boto_client as boto_client_module
    cached = _cached_client_factory(boto_client_module.boto_client_for)
    boto_client_module.boto_client_for = cached
    for module in ("state_task_service_aws_sdk", "state_task_service_dynamodb", "state_task_service_sqs",
                   "state_task_service_sfn", "state_task_service_sns"):
        m = importlib.import_module(f"moto.stepfunctions.parser.asl.component.state.exec.state_task.service.{module}")
        if hasattr(m, "boto_client_for"):
            m.boto_client_for = cached
    StateMachine.__deepcopy__ = _state_machine_deepcopy
    aws_sdk.StateTaskServiceAwsSdk._normalise_service_error_name = staticmethod(_service_error_name)
    aws_sdk.StateTaskServiceAwsSdk._normalise_exception_name = staticmethod(_exception_name)
    aws_sdk.StateTaskServiceAwsSdk._eval_service_task = _eval_service_task
    Instance.start = _start
    Instance.stop = _stop
    SimpleSystemManagerResponse.describe_instance_information = _describe_instance_information
    SimpleSystemManagerResponse.cancel_command = _cancel_command
    SimpleSystemManagerBackend.send_command = _send_command
    Command.get_invocation = _get_invocation
    S3Backend.put_object = _put_object
    S3Backend.copy_object = _copy_object
    from moto.s3.models import FakeKey
    from moto.s3.responses import S3Response
    FakeKey.metadata = property(_returned_metadata)
    S3Response.put_object = _put_object_response(S3Response.put_object)
    # An S3 object request is atomic, as on AWS (a PUT, GET or DELETE sees the object whole or not at all). moto keeps
    # an object's bytes in a temporary file that a DELETE or overwrite closes, so a PUT or read of the same key running
    # at that moment failed with "I/O operation on closed file" (seen as States.Runtime when two deliveries of one
    # upload wrote and removed the same key-length probe at once): each object request runs whole.
    S3Response.key_response = _atomic(S3Response.key_response, _object_lock)
    assert ClientError  # botocore's unmodeled-error class, named by _exception_name
