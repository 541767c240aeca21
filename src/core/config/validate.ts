// JSON-schema validation with problems reported by key path ("client.name"), shared by the
// profile and the lint configuration. Each problem in English and in French (ajv-i18n, Ajv's own
// translations), for the CLI of a French user.
import Ajv, { type ErrorObject } from 'ajv';
import localizeFr from 'ajv-i18n/localize/fr/index.js';

export interface SchemaProblem { path: string; message: string; fr?: string }

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const cache = new WeakMap<object, ReturnType<typeof ajv.compile>>();

export function validateAgainstSchema(schema: object, data: unknown): SchemaProblem[] {
  let validate = cache.get(schema);
  if (!validate) { validate = ajv.compile(schema); cache.set(schema, validate); }
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // ajv-i18n rewrites `message` in place: on copies, so the English stays.
  const fr: ErrorObject[] = errors.map(e => ({ ...e }));
  localizeFr(fr);
  return errors.map((err, i) => {
    const base = err.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const extra = err.params as { additionalProperty?: string; missingProperty?: string };
    const key = extra.additionalProperty ?? extra.missingProperty;
    const path = key ? (base ? `${base}.${key}` : key) : base;
    const message = extra.additionalProperty ? 'unknown key' : err.message ?? 'invalid';
    return { path, message, fr: extra.additionalProperty ? 'clé inconnue' : fr[i]!.message ?? 'invalide' };
  });
}
