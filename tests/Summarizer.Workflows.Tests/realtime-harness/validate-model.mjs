// Validates request bodies against the API Gateway request model with a JSON Schema draft-04 validator (ajv),
// as API Gateway's request validator would. stdin: {"schema": "...", "bodies": ["...", ...]}.
// stdout: [{"valid": true|false, "errors": "..."}] in the same order. A body that is not JSON is invalid.
import Ajv from 'ajv-draft-04';
import { readStdinJson } from './io.mjs';

const { schema, bodies } = await readStdinJson();
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schema));
const results = bodies.map((body) => {
  let doc;
  try { doc = JSON.parse(body); } catch (e) { return { valid: false, errors: `not JSON: ${e.message}` }; }
  const valid = validate(doc);
  return { valid, errors: valid ? '' : JSON.stringify(validate.errors) };
});
process.stdout.write(JSON.stringify(results));
