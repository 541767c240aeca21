// JSON-schema validation with problems reported by key path ("client.name"), shared by the
// profile and the lint configuration.
import Ajv from 'ajv';

export interface SchemaProblem { path: string; message: string; }

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const cache = new WeakMap<object, ReturnType<typeof ajv.compile>>();

export function validateAgainstSchema(schema: object, data: unknown): SchemaProblem[] {
  let validate = cache.get(schema);
  if (!validate) { validate = ajv.compile(schema); cache.set(schema, validate); }
  if (validate(data)) return [];
  return (validate.errors ?? []).map(err => {
    const base = err.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const extra = err.params as { additionalProperty?: string; missingProperty?: string };
    const key = extra.additionalProperty ?? extra.missingProperty;
    const path = key ? (base ? `${base}.${key}` : key) : base;
    const message = extra.additionalProperty ? 'unknown key' : err.message ?? 'invalid';
    return { path, message };
  });
}
