// Regenerates test/fixtures/logs/ (run: npx tsx test/unit/log/helpers/make-fixtures.ts).
// valid/ is a real log; each other folder is valid/ broken in one way, by hand, as a person or a
// tool might: the tests check that each break is detected and named.
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendRecord } from '../../../../src/node/log-store.js';
import type { RecordInput } from '../../../../src/core/log/record.js';

const root = join(__dirname, '../../../fixtures/logs');
const W = 'w-fixture';
const inputs: RecordInput[] = [
  { kind: 'exchange', at: '2026-01-12T10:00:00+01:00', channel: 'meeting', direction: 'from-client', participants: ['Anne Martin'],
    summary: 'Kick-off: scope agreed', decisions: ['Two revision rounds'], tags: ['kickoff'],
    commitments: [{ by: 'me', what: 'Send the mock-ups', due: '2026-01-20', state: 'open' }] },
  { kind: 'exchange', at: '2026-01-20T16:00:00+01:00', channel: 'email', direction: 'to-client', summary: 'Maquettes envoyées', tags: ['design'] },
  { kind: 'exchange', at: '2026-02-03T09:30:00+01:00', channel: 'call', direction: 'from-client', summary: 'Client wants a sixth revision',
    quotes: ["It's still not right, I want it redone"], tags: ['revisions'] },
  { kind: 'lesson', at: '2026-02-04T18:00:00+01:00', summary: 'Fixer le nombre de révisions par écrit dès le devis' },
  { kind: 'exchange', at: '2026-02-05T11:00:00+01:00', channel: 'email', direction: 'to-client', summary: 'Reminded the two-round limit', nextContact: '2026-02-12' },
];

const lines = (dir: string) => readFileSync(join(root, dir, `${W}.jsonl`), 'utf8').split('\n').slice(0, -1);
function variant(name: string, ls: string[], endNewline = true) {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, `${W}.jsonl`), ls.join('\n') + (endNewline ? '\n' : ''));
}

async function main() {
rmSync(root, { recursive: true, force: true });
let t = Date.parse('2026-02-05T12:00:00Z');
for (const input of inputs) await appendRecord(join(root, 'valid'), input, { writer: W, clock: { now: () => new Date((t += 60_000)) } });
rmSync(join(root, 'valid', '.gitignore'));
rmSync(join(root, 'valid', '.gitattributes'));
const v = lines('valid');

const edited = [...v];
edited[2] = edited[2]!.replace('sixth revision', 'second revision');
variant('edited', edited);

const editedRehashed = [...v];
{ // A careful forger recomputes the hash of the edited record: the next record still points at the old one.
  const o = JSON.parse(v[1]!);
  o.summary = 'Maquettes envoyées le 15';
  const { recordHash, canonical } = await import('../../../../src/core/log/canonical.js');
  o.hash = recordHash(o);
  editedRehashed[1] = canonical(o);
}
variant('edited-rehashed', editedRehashed);
variant('deleted', v.filter((_, i) => i !== 2));
variant('first-deleted', v.slice(1));
variant('reordered', [v[0]!, v[2]!, v[1]!, v[3]!, v[4]!]);
variant('duplicated', [...v.slice(0, 3), v[2]!, ...v.slice(3)]);
variant('torn-tail', [...v, v[4]!.slice(0, 40).replace('"seq":5', '"seq":6')], false);
variant('torn-middle', [...v.slice(0, 3), '{"at":"2026-02-04T1', ...v.slice(3)]);
variant('damaged-line', [...v.slice(0, 2), v[2]!.replace('{"', '{'), ...v.slice(3)]);
variant('malformed-record', [...v.slice(0, 3), v[3]!, v[4]!.replace('"kind":"exchange"', '"kind":"gossip"')]);
mkdirSync(join(root, 'moved'), { recursive: true });
copyFileSync(join(root, 'valid', `${W}.jsonl`), join(root, 'moved', 'w-other.jsonl'));
console.log('fixtures written to', root);
}

void main();
