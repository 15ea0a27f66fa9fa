// API Gateway's mapping-template environment on a real Velocity engine (velocityjs): the $input, $util and
// $context objects that the templates in infra/Summarizer.Workflows/Definitions use, with the Java semantics
// API Gateway has (it runs Apache Velocity on the JVM). Only what the templates call is provided; a template
// calling anything else renders the reference literally, as Velocity does for an unknown reference.
import velocity from 'velocityjs';
import { JSONPath } from 'jsonpath-plus';

// Java's String has contains(); templates call it on strings Velocity builds (interpolations), which are plain
// JS strings here. Adding a method JS lacks changes nothing else in this process.
if (!String.prototype.contains) {
  Object.defineProperty(String.prototype, 'contains', { value: function (s) { return this.includes(String(s)); } });
}

/** A java.lang.String result: replaceAll takes a Java regular expression, unlike JS's literal replaceAll. */
class JavaString {
  constructor(value) { this.value = value; }
  replaceAll(regex, replacement) { return new JavaString(this.value.replace(new RegExp(regex, 'g'), replacement)); }
  contains(s) { return this.value.includes(String(s)); }
  toString() { return this.value; }
}

/**
 * $util.escapeJavaScript: Apache Commons StringEscapeUtils.escapeJavaScript, character by character (UTF-16
 * code units, like Java): ' " \ / escaped with a backslash, \b \t \n \f \r, other control characters and every
 * non-ASCII unit as \uXXXX (upper-case hex). The \' it produces is not valid JSON: AWS documents turning it back
 * with .replaceAll("\\'", "'").
 */
export function escapeJavaScript(s) {
  if (s === null || s === undefined) return null;
  let out = '';
  for (const ch of String(s).split('')) {
    const code = ch.charCodeAt(0);
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    if (code > 0x7f) out += '\\u' + hex;
    else if (code < 32) {
      out += { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' }[code] ?? '\\u' + hex;
    } else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '/') out += '\\/';
    else out += ch;
  }
  return new JavaString(out);
}

function pathValue(body, path) {
  const doc = JSON.parse(body);
  const found = JSONPath({ path, json: doc, wrap: true });
  return found.length === 0 ? null : found[0];
}

/**
 * Renders one template the way API Gateway does for a request or integration response.
 * body: the payload as a string ($input.body). Returns the rendered text and the status the template set
 * through $context.responseOverride.status (undefined when it set none).
 */
export function renderTemplate(template, { body, requestId = 'test-request-id' }) {
  const context = { requestId, responseOverride: { header: {} } };
  const input = {
    body,
    json: (path) => JSON.stringify(pathValue(body, path)),
    path: (path) => pathValue(body, path),
  };
  const util = {
    escapeJavaScript,
    parseJson: (s) => JSON.parse(String(s)),
  };
  const output = velocity.render(template, { input, util, context }, {}, { escape: false });
  return { output, status: context.responseOverride.status };
}
