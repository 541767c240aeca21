// A pure sha256 (@noble/hashes: audited, no dependency), so core hashes wherever it runs (VS Code
// for the Web included). Node callers pass their native one (src/node/sha256.ts): 5-10x faster,
// which matters when verifying 100,000 records.
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { Sha256 } from '../ports.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? B64[n & 63]! : '=');
  }
  return out;
}

export const pureSha256: Sha256 = {
  hex: data => bytesToHex(sha256(data)),
  base64: data => toBase64(sha256(data)),
};
