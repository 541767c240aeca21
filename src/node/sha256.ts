// Node's native sha256 for the Sha256 port. crypto.hash (Node >= 20.12) is a one-shot digest,
// 2-3x faster than createHash for short inputs: it matters when verifying 100,000 records.
import * as crypto from 'node:crypto';
import type { Sha256 } from '../core/ports.js';

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: 'hex' | 'base64') => string;
const oneShot = (crypto as { hash?: OneShot }).hash;

export const nodeSha256: Sha256 = {
  hex: data => (oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex')),
  base64: data => (oneShot ? oneShot('sha256', data, 'base64') : crypto.createHash('sha256').update(data).digest('base64')),
};
