// Canonical serialisation: JSON, no whitespace, object keys sorted by UTF-16 code unit, arrays in
// order, undefined members dropped. The hash of a record is sha256 over the UTF-8 bytes of the
// canonical form of every field except `hash`. The line written to the file is the canonical
// form of the whole record, so `git diff` shows stable, readable lines.
import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';

export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(v => (v === undefined ? 'null' : canonical(v))).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter(k => obj[k] !== undefined).sort();
  return '{' + keys.map(k => JSON.stringify(k) + ':' + canonical(obj[k])).join(',') + '}';
}

// crypto.hash (Node >= 20.12) is a one-shot digest, 2-3x faster than createHash for short
// inputs: it matters when verifying 100,000 records.
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }).hash;

export function sha256Hex(text: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}

/** The hash a record should carry: over everything but its own `hash`. */
export function recordHash(record: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = record;
  return sha256Hex(canonical(rest));
}
