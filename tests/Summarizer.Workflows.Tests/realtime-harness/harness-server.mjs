// The harness as one long-lived process, so the tests pay Node's start-up and module loading once: one JSON
// request a line on stdin, {"op": "...", "input": {...}}; one JSON answer a line on stdout,
// {"ok": true, "result": ...} or {"ok": false, "error": "..."}. Requests are answered in order, one at a time.
import readline from 'node:readline';
import { postSummarize } from './post-summarize.mjs';
import { renderTemplate } from './apigateway-vtl.mjs';
import { validateModel } from './validate-model.mjs';
import { substituteContext } from './context-substitution.mjs';

const operations = {
  // One POST /summarize through templates, Express workflow and handler.
  'post-summarize': postSummarize,
  // One mapping template: {template, body, requestId} -> {output, status}.
  'render-template': ({ template, body, requestId }) => {
    const { output, status } = renderTemplate(template, { body, requestId });
    return { output, status: status ?? null };
  },
  // The request model against bodies: {schema, bodies} -> [{valid, errors}].
  'validate-model': validateModel,
  // A gateway response template or an access log format as API Gateway fills it: {template, context} -> output.
  'substitute-context': ({ template, context }) => ({ output: substituteContext(template, context) }),
};

for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let answer;
  try {
    const { op, input } = JSON.parse(line);
    if (!operations[op]) throw new Error(`unknown operation '${op}'`);
    answer = { ok: true, result: await operations[op](input) };
  } catch (e) {
    answer = { ok: false, error: e?.stack ?? String(e) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
