// A new weekly status starts from the log: what goes in each section, since when, overdue marks,
// and the note text around the filled lists left as the template wrote it. EN and FR.
import { strict as assert } from 'node:assert';
import { prefillStatus, statusFacts } from '../../../src/core/log/status-prefill.js';
import type { EffectiveRecord } from '../../../src/core/log/query.js';
import type { LogRecord, RecordInput } from '../../../src/core/log/record.js';

let n = 0;
const rec = (r: Partial<RecordInput> & { at: string }): EffectiveRecord => {
  const record = { kind: 'exchange', summary: 's', v: 1, id: `r${++n}`, writer: 'w', seq: n, prev: '', recorded: r.at, hash: 'h', ...r } as LogRecord;
  return { record, original: record, file: 'w.jsonl', line: n, intact: true, amendedBy: [] };
};

const LOG = [
  rec({ at: '2026-11-24T10:00:00+01:00', direction: 'to-client', summary: 'Sent: Weekly update', notes: [{ path: 'notes/a.md', sha256: 'a'.repeat(64), type: 'status', title: 'Weekly update' }] }),
  rec({ at: '2026-11-23T10:00:00+01:00', decisions: ['Old decision, before the last update'] }),
  rec({ at: '2026-11-25T10:00:00+01:00', direction: 'from-client', summary: 'Call', decisions: ['Two revision rounds'],
    commitments: [{ by: 'me', what: 'send the plan', due: '2026-11-27', state: 'open' }, { by: 'me', what: 'fix the menu', state: 'open' },
      { by: 'client', what: 'send the photos', due: '2026-12-04', state: 'open' }] }),
  rec({ at: '2026-11-26T09:00:00+01:00', kind: 'commitment-update', summary: 'done', commitment: { record: 'r3', index: 1, state: 'done' } }),
  rec({ at: '2026-11-27T09:00:00+01:00', direction: 'to-client', summary: 'Sent: Change request', notes: [{ path: 'notes/c.md', sha256: 'c'.repeat(64), type: 'change-request', title: 'Change request: pickup slots' }] }),
];

describe('status pre-filled from the log', () => {
  it('gathers done, planned next and needed since the last status update (EN)', () => {
    const f = statusFacts(LOG, '2026-12-01', 'en');
    assert.deepEqual(f.done, ['Fix the menu.', 'Decided on Wednesday 25 November 2026: Two revision rounds', 'Sent you "Change request: pickup slots" on Friday 27 November 2026.']);
    assert.deepEqual(f.next, ['Send the plan (overdue: it was due on Friday 27 November 2026)']);
    assert.deepEqual(f.needed, ['Send the photos (by Friday 4 December 2026)', 'An answer to my message of Friday 27 November 2026: Change request: pickup slots']);
  });

  it('writes French lines into the template, keeping what the log knows nothing about', () => {
    const note = '# Point hebdomadaire\n\n## Fait cette semaine\n\n- [fait 1]\n- [fait 2]\n\n## Blocages et risques\n\n[blocages]\n\n## Ce dont j\'ai besoin de votre part\n\nMerci de me transmettre [besoin] d\'ici le vendredi 4 décembre.\n\n## Prochain contact\n\nLe mardi 8 décembre.\n';
    const out = prefillStatus(note, statusFacts(LOG, '2026-12-01', 'fr'), 'fr');
    assert.equal(out, '# Point hebdomadaire\n\n## Fait cette semaine\n\n- Fix the menu.\n- Décidé le mercredi 25 novembre 2026\u00a0: Two revision rounds\n' +
      '- Envoi du document «\u00a0Change request: pickup slots\u00a0» le vendredi 27 novembre 2026.\n\n## Blocages et risques\n\n[blocages]\n\n' +
      '## Ce dont j\'ai besoin de votre part\n\nPour que le travail prévu ci-dessus puisse avancer, j’ai besoin de votre part\u00a0:\n\n' +
      '- Send the photos (d’ici le vendredi 4 décembre 2026)\n- Une réponse à mon message du vendredi 27 novembre 2026\u00a0: Change request: pickup slots\n\n## Prochain contact\n\nLe mardi 8 décembre.\n');
  });

  it('with no status sent yet, looks one cadence back', () => {
    const f = statusFacts(LOG.slice(1, 4), '2026-11-30', 'en', 7);
    assert.deepEqual(f.done, ['Fix the menu.', 'Decided on Wednesday 25 November 2026: Two revision rounds']);
  });
});
