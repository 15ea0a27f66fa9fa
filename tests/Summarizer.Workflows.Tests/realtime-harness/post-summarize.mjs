// One POST /summarize, end to end, offline:
//   API Gateway's request validator (the request model on a draft-04 validator; a rejected body gets the
//   BAD_REQUEST_BODY gateway response)  ->  the request template (velocityjs)  ->  StartSyncExecution (emulated: its input checks)
//   -> the Express workflow on a real ASL interpreter (aws-local-stepfunctions), its lambda:invoke task answered
//      by the real C# handler over HTTP (the test hosts it)  ->  StartSyncExecution's response
//   -> the integration response templates (velocityjs)  ->  HTTP status and body.
// postSummarize(scenario), scenario: {
//   "model", "badRequestBodyTemplate", "requestTemplate", "responseTemplate", "rejectedTemplate", "rejectedSelectionPattern", "definition": rendered files,
//   "body": the raw request body, "requestId", "stepFunctionsPayloadMaxBytes": the quota (from ContractLimits),
//   "lambdaUrl": where the handler answers POSTed payloads,
//   "faults": [{"error": "Lambda.ServiceException", "cause": "..."}]  first invocations fail with these, in order
// }
// returns: { "http": {"status", "body"}, "validationError" (when the model refused the body), "integrationRequest", "startSyncExecution": {...} or "rejected": {...},
//           "states": [names entered, in order], "retries": n, "lambdaInvocations": n }
import { StateMachine, ExecutionError, ExecutionTimeoutError } from 'aws-local-stepfunctions';
import { renderTemplate } from './apigateway-vtl.mjs';
import { invokeLambdaTask } from './lambda-invoke.mjs';
import { validateModel } from './validate-model.mjs';

export async function postSummarize(scenario) {
  const STEP_FUNCTIONS_PAYLOAD_MAX_BYTES = scenario.stepFunctionsPayloadMaxBytes;
  if (!Number.isInteger(STEP_FUNCTIONS_PAYLOAD_MAX_BYTES)) throw new Error('scenario.stepFunctionsPayloadMaxBytes is required');
  const requestId = scenario.requestId ?? 'c0ffee00-0000-4000-8000-000000000001';
  const result = { states: [], retries: 0, lambdaInvocations: 0 };

  // The method's request validator runs first: nothing is integrated for a body the model refuses.
  const [verdict] = validateModel({ schema: scenario.model, bodies: [scenario.body] });
  if (!verdict.valid) {
    result.validationError = verdict.errors;
    // Gateway response templates are sent as they are (API Gateway does not run VTL on them).
    result.http = { status: scenario.badRequestBodyStatus, body: scenario.badRequestBodyTemplate };
    return result;
  }

  const integrationRequest = renderTemplate(scenario.requestTemplate, { body: scenario.body, requestId }).output;
  result.integrationRequest = integrationRequest;

  const refusal = checkStartSyncExecutionRequest(integrationRequest, STEP_FUNCTIONS_PAYLOAD_MAX_BYTES);
  let integrationStatus, integrationBody;
  if (refusal) {
    [integrationStatus, integrationBody] = [400, refusal];
    result.rejected = refusal;
  } else {
    const request = JSON.parse(integrationRequest);
    const response = await startSyncExecution(request, scenario, result, requestId);
    [integrationStatus, integrationBody] = [200, response];
    result.startSyncExecution = response;
  }

  // API Gateway picks the integration response whose selection pattern matches the backend's HTTP status;
  // the default one (no pattern) takes the rest.
  const template = new RegExp(`^(?:${scenario.rejectedSelectionPattern})$`).test(String(integrationStatus))
    ? scenario.rejectedTemplate
    : scenario.responseTemplate;
  const rendered = renderTemplate(template, { body: JSON.stringify(integrationBody), requestId });
  result.http = { status: rendered.status ?? 200, body: rendered.output };
  return result;
}

// What Step Functions checks before starting an execution (awsJson 1.0 errors, HTTP 400). EMULATED: the
// message texts are the service's documented constraint messages as far as known; only AWS can confirm them.
function checkStartSyncExecutionRequest(text, STEP_FUNCTIONS_PAYLOAD_MAX_BYTES) {
  let request;
  try { request = JSON.parse(text); } catch (e) {
    return { __type: 'SerializationException', message: `Request body is not valid JSON: ${e.message}` };
  }
  if (typeof request.input !== 'string') return { __type: 'ValidationException', message: "'input' must be a string" };
  if (Buffer.byteLength(request.input, 'utf8') > STEP_FUNCTIONS_PAYLOAD_MAX_BYTES) {
    return {
      __type: 'ValidationException',
      message: `1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to ${STEP_FUNCTIONS_PAYLOAD_MAX_BYTES}`,
    };
  }
  try { JSON.parse(request.input); } catch (e) {
    return { __type: 'InvalidExecutionInput', message: `Invalid State Machine Execution Input: ${e.message}` };
  }
  return null;
}

async function startSyncExecution(request, scenario, result, requestId) {
  const stateMachine = new StateMachine(JSON.parse(scenario.definition));
  const faults = [...(scenario.faults ?? [])];
  const execution = stateMachine.run(JSON.parse(request.input), {
    overrides: {
      taskResourceLocalHandlers: {
        'Summarize text': async (parameters) => {
          result.lambdaInvocations++;
          const fault = faults.shift();
          if (fault) {
            const error = new Error(fault.cause ?? fault.error);
            error.name = fault.error;
            throw error;
          }
          return invokeLambdaTask(scenario.lambdaUrl, parameters, scenario.stepFunctionsPayloadMaxBytes);
        },
      },
      // The retry policy (which errors, how many attempts) is what is under test, not its wall-clock pauses.
      retryIntervalOverrides: { 'Summarize text': 0 },
    },
  });
  const events = (async () => {
    for await (const event of execution.eventLogs) {
      if (event.type === 'StateEntered') result.states.push(event.state.name);
      if (event.type === 'StateRetried') result.retries++;
    }
  })();

  const started = new Date();
  const response = {
    executionArn: request.stateMachineArn.replace(':stateMachine:', ':express:') + `:${request.name}:${requestId}`,
    stateMachineArn: request.stateMachineArn,
    name: request.name,
    startDate: started.getTime() / 1000,
    input: request.input,
    inputDetails: { included: true },
  };
  try {
    const output = await execution.result;
    Object.assign(response, { status: 'SUCCEEDED', output: JSON.stringify(output), outputDetails: { included: true } });
  } catch (e) {
    if (e instanceof ExecutionTimeoutError) Object.assign(response, { status: 'TIMED_OUT' });
    else if (e instanceof ExecutionError) Object.assign(response, { status: 'FAILED', error: e.cause?.name, cause: e.cause?.message });
    else throw e;
  }
  await events;
  response.stopDate = Date.now() / 1000;
  return response;
}
