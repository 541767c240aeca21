// Canonical serialisation: JSON, no whitespace, object keys sorted by UTF-16 code unit, arrays in
// order, undefined members dropped. The hash of a record is sha256 over the UTF-8 bytes of the
// canonical form of every field except `hash`. The line written to the file is the canonical
// form of the whole record, so `git diff` shows stable, readable lines.
import type { Sha256 } from '../ports.js';
import { pureSha256 } from './sha256.js';

export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(v => (v === undefined ? 'null' : canonical(v))).join(',') + ']';
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter(k => obj[k] !== undefined).sort();
  return '{' + keys.map(k => JSON.stringify(k) + ':' + canonical(obj[k])).join(',') + '}';
}

export function sha256Hex(text: string | Uint8Array, sha: Sha256 = pureSha256): string {
  return sha.hex(text);
}

/** The hash a record should carry: over everything but its own `hash`. */
export function recordHash(record: Record<string, unknown>, sha: Sha256 = pureSha256): string {
  const { hash: _hash, ...rest } = record;
  return sha.hex(canonical(rest));
}
