import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordInput } from '../../../../src/core/log/record.js';

export function tempDir(prefix = 'liaison-log-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function exchange(over: Partial<RecordInput> = {}): RecordInput {
  return {
    kind: 'exchange', at: '2026-03-02T14:30:00+01:00', channel: 'call', direction: 'from-client',
    participants: ['Anne Martin'], summary: 'Call about the delivery date', ...over,
  };
}
