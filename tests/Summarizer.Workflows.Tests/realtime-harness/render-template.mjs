// Renders one API Gateway mapping template. stdin: {"template": "...", "body": "...", "requestId": "..."}.
// stdout: {"output": "...", "status": 413|null}.
import { renderTemplate } from './apigateway-vtl.mjs';
import { readStdinJson } from './io.mjs';

const { template, body, requestId } = await readStdinJson();
const { output, status } = renderTemplate(template, { body, requestId });
process.stdout.write(JSON.stringify({ output, status: status ?? null }));
