// The arn:aws:states:::lambda:invoke integration, locally: POSTs the task's Payload to the handler the test hosts
// and wraps its answer the way Step Functions does (the function's return value under "Payload", plus the
// invocation metadata that also counts against the 256 KiB task-result quota).
// payloadMaxBytes: the Step Functions payload quota (the test passes ContractLimits.StepFunctionsPayloadMaxBytes).
export async function invokeLambdaTask(lambdaUrl, parameters, payloadMaxBytes) {
  // The task's parameters ({"FunctionName": ..., "Payload": the state input}) are a payload too, limited like the
  // execution input (TaskScheduledEventDetails.parameters: at most 262144 bytes of UTF-8,
  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_TaskScheduledEventDetails.html); a task over it
  // fails the execution with States.DataLimitExceeded.
  if (Buffer.byteLength(JSON.stringify(parameters), 'utf8') > payloadMaxBytes) {
    throw dataLimitExceeded("The state/task 'Summarize text' was given parameters with a size exceeding the maximum number of bytes service limit.");
  }
  const response = await fetch(lambdaUrl, { method: 'POST', body: JSON.stringify(parameters.Payload) });
  const text = await response.text();
  if (!response.ok) {
    const error = new Error(text);
    error.name = 'Lambda.Unknown';
    throw error;
  }
  const taskResult = {
    ExecutedVersion: '$LATEST',
    Payload: JSON.parse(text),
    SdkHttpMetadata: {
      HttpHeaders: { 'Content-Type': 'application/json', 'X-Amz-Executed-Version': '$LATEST' },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: '00000000-0000-4000-8000-000000000000' },
    StatusCode: 200,
  };
  // The task result (the function's answer with its invocation metadata) is limited the same way.
  if (Buffer.byteLength(JSON.stringify(taskResult), 'utf8') > payloadMaxBytes) {
    throw dataLimitExceeded("The state/task 'Summarize text' returned a result with a size exceeding the maximum number of bytes service limit.");
  }
  return taskResult;
}

// States.DataLimitExceeded: neither Retry nor a States.ALL Catch can match it, the execution fails.
function dataLimitExceeded(message) {
  const error = new Error(message);
  error.name = 'States.DataLimitExceeded';
  error.isCatchable = false;
  error.isRetryable = false;
  return error;
}
