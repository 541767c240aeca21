// Writes a valid writer file from record inputs (with fields the store does not take yet, such as
// an imported email's `email`), for search and topic tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../../src/core/log/canonical.js';
import type { ParsedRecord } from '../../../../src/core/log/chain.js';
import type { LogRecord, RecordInput } from '../../../../src/core/log/record.js';

export type Input = Omit<RecordInput, 'email'> & { id: string; recorded?: string; email?: Record<string, unknown> };

export function chain(inputs: Input[], writer = 'alex'): LogRecord[] {
  let prev = '';
  return inputs.map((inp, i) => {
    const { id, recorded, ...rest } = inp;
    const body = { ...rest, v: 1, id, writer, seq: i + 1, prev, recorded: recorded ?? inp.at };
    const rec = { ...body, hash: recordHash(body as unknown as Record<string, unknown>) } as LogRecord;
    prev = rec.hash;
    return rec;
  });
}

export function writeLog(folder: string, inputs: Input[], writer = 'alex'): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${writer}.jsonl`), chain(inputs, writer).map(r => canonical(r)).join('\n') + '\n');
}

export const parsed = (inputs: Input[]): ParsedRecord[] => chain(inputs).map((record, i) => ({ record, file: 'alex.jsonl', line: i + 1, intact: true }));

const day = (d: string) => `${d}T10:00:00+01:00`;

/** A small bilingual history: scope, revisions, the mobile version, an imported email, an amendment. */
export function history(): Input[] {
  return [
    { id: 'r1', kind: 'exchange', at: day('2026-09-14'), channel: 'meeting', direction: 'internal', participants: ['Julie Tremblay', 'Alex Martin'],
      summary: 'Signature du contrat', decisions: ['Deux révisions incluses par maquette'], tags: ['périmètre'] },
    { id: 'r2', kind: 'exchange', at: day('2026-10-02'), channel: 'call', direction: 'from-client', participants: ['Julie Tremblay'],
      summary: 'Call about the mock-ups', quotes: ["We'd like the mobile version later, not now"],
      commitments: [{ by: 'me', what: 'Send the revised mock-ups', due: '2026-10-09', state: 'open' }], tags: ['mobile'] },
    { id: 'r3', kind: 'commitment-update', at: day('2026-10-08'), summary: 'Mock-ups sent', commitment: { record: 'r2', index: 0, state: 'done' } },
    { id: 'r4', kind: 'exchange', at: day('2026-11-12'), channel: 'email', direction: 'from-client', participants: ['Julie Tremblay'],
      summary: 'Email from Julie: she wants a third round', quotes: ["On n’a jamais parlé d’une limite de révisions. L'application mobile devait être incluse."],
      email: { file: `mail/${'a'.repeat(64)}.eml`, sha256: 'a'.repeat(64), messageId: '<m1@boulangerie.example>', from: 'Julie Tremblay <julie@boulangerie-tremblay.example>',
        to: ['alex@martinweb.example'], date: day('2026-11-12'), subject: 'Maquettes : troisième révision' } },
    { id: 'r5', kind: 'exchange', at: day('2026-11-13'), channel: 'email', direction: 'to-client', summary: 'Invoice sent for October', tags: ['billing'] },
    { id: 'r6', kind: 'amendment', at: day('2026-11-14'), summary: 'Wrong month', amends: 'r5', set: { summary: 'Invoice sent for the November revisions' } },
  ];
}
