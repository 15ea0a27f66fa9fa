// API Gateway's mapping-template environment on a real Velocity engine (velocityjs): the $input, $util and
// $context objects that the templates in infra/Summarizer.Workflows/Definitions use, with the Java semantics
// API Gateway has (it runs Apache Velocity on the JVM). Only what the templates call is provided; a template
// calling anything else renders the reference literally, as Velocity does for an unknown reference.
import velocity from 'velocityjs';
import { JSONPath } from 'jsonpath-plus';

/**
 * A java.lang.String: length() counts UTF-16 units (as JS does), replaceAll takes a Java regular expression (unlike
 * JS's literal replaceAll). Velocity compares and renders it through toString.
 */
class JavaString {
  constructor(value) { this.value = value; }
  length() { return this.value.length; }
  replaceAll(regex, replacement) { return new JavaString(this.value.replace(new RegExp(regex, 'g'), replacement)); }
  toString() { return this.value; }
  valueOf() { return this.value; }
}

/** A java.lang.Number as API Gateway's $input.path gives a JSON number: rendered by Java's toString. */
class JavaNumber {
  constructor(value, isInteger) { this.value = value; this.isInteger = isInteger; }
  toString() { return this.isInteger ? String(this.value) : javaDoubleToString(this.value); }
}

/** Double.toString: plain decimal with at least one fraction digit from 10^-3 to 10^7, else d.dddE±n; shortest digits. */
function javaDoubleToString(x) {
  const magnitude = Math.abs(x);
  if (magnitude === 0 || (magnitude >= 1e-3 && magnitude < 1e7)) return Number.isInteger(x) ? x.toFixed(1) : String(x);
  let [mantissa, exponent] = x.toExponential().split('e');
  if (!mantissa.includes('.')) mantissa += '.0';
  return `${mantissa}E${exponent.replace('+', '')}`;
}

/** A JSON value as Java sees it in a template: JSON null is Java null (Velocity's $! renders it empty). */
function toJava(value) {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return new JavaString(value);
  if (typeof value === 'number') return new JavaNumber(value, Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1);
  return value;
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
    path: (path) => toJava(pathValue(body, path)),
  };
  const util = {
    escapeJavaScript,
    parseJson: (s) => JSON.parse(String(s)),
  };
  const output = velocity.render(template, { input, util, context }, {}, { escape: false });
  return { output, status: context.responseOverride.status };
}
