// The arn:aws:states:::lambda:invoke integration, locally: POSTs the task's Payload to the handler the test hosts
// and wraps its answer the way Step Functions does (the function's return value under "Payload", plus the
// invocation metadata that also counts against the 256 KiB task-result quota).
// payloadMaxBytes: the Step Functions payload quota (the test passes ContractLimits.StepFunctionsPayloadMaxBytes).
export async function invokeLambdaTask(lambdaUrl, parameters, payloadMaxBytes) {
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
  // Step Functions refuses a task result over its payload quota with States.DataLimitExceeded, an error that
  // neither Retry nor a States.ALL Catch can match: the execution fails.
  if (Buffer.byteLength(JSON.stringify(taskResult), 'utf8') > payloadMaxBytes) {
    const error = new Error("The state/task 'Summarize text' returned a result with a size exceeding the maximum number of bytes service limit.");
    error.name = 'States.DataLimitExceeded';
    error.isCatchable = false;
    error.isRetryable = false;
    throw error;
  }
  return taskResult;
}
