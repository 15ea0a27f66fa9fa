// Validates request bodies against the API Gateway request model with a JSON Schema draft-04 validator (ajv),
// as API Gateway's request validator would. validateModel({"schema": "...", "bodies": ["...", ...]}) returns
// [{"valid": true|false, "errors": "..."}] in the same order. A body that is not JSON is invalid.
import Ajv from 'ajv-draft-04';

export function validateModel({ schema, bodies }) {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schema));
  return bodies.map((body) => {
    let doc;
    try { doc = JSON.parse(body); } catch (e) { return { valid: false, errors: `not JSON: ${e.message}` }; }
    const valid = validate(doc);
    return { valid, errors: valid ? '' : JSON.stringify(validate.errors) };
  });
}
