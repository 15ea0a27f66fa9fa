// How API Gateway fills a gateway response's body template and a stage's access log format: simple $context variable
// substitution, not its VTL engine. AWS, on gateway responses: "A GatewayResponse mapping template isn't processed by
// the Velocity Template Language (VTL) engine" and supports "only simple variable substitution"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.responseTemplates.html);
// access logs name "$context variables" the same way
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html).
// Emulated: each $context.a.b whose path is a variable given in `context` becomes its value as text, unescaped; any
// other text (#set, #if, $util, $input, an unknown variable) stays exactly as written, since nothing evaluates it.

/** Returns the template with every known $context.* reference replaced by its value. */
export function substituteContext(template, context) {
  return template.replace(/\$context((?:\.[A-Za-z][A-Za-z0-9]*)+)/g, (reference, path) => {
    const value = path.slice(1).split('.').reduce((node, key) => (node == null ? undefined : node[key]), context);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : reference;
  });
}
