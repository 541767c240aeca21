// The one "mark as sent" action with in-memory ports: refusal, warnings, already sent, promises,
// the one-line front-matter edit, and the edited-after-sent finding that follows. EN and FR.
import { strict as assert } from 'node:assert';
import { markSent, type MarkSentPorts, type TextEdit } from '../../../src/core/send/mark-sent.js';
import { extractPromises } from '../../../src/core/send/promises.js';
import { applyEdit } from '../../../src/core/log/note-sent.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { sentFacts } from '../../../src/core/send/sent-facts.js';
import type { LogRecord, RecordInput } from '../../../src/core/log/record.js';

const NOW = new Date(2026, 11, 1, 10, 0);
const clock = { now: () => new Date(NOW.getTime()) };

const FR = `---
type: status
lang: fr
date: 2026-12-01
status: draft
---
# Point hebdomadaire

Bonjour Julie,

## Fait cette semaine

- La page de connexion est en ligne.

## Prévu ensuite

- Je vous envoie les maquettes d'ici le vendredi 4 décembre.

## Blocages et risques

Rien ne bloque le projet.

## Ce dont j'ai besoin de votre part

Il me faudrait les photos avant le jeudi 3 décembre.

## Notes internes

Je livrerai le devis lundi 7 décembre.

## Prochain contact

Vous recevrez le prochain point le mardi 8 décembre.
`;

const EN_BLANK = `---
type: status
lang: en
date: 2026-12-01
status: draft
---
# Weekly update

Hello [name of your contact],

## Done this week

- [something finished this week, in the client's terms]

## Next contact

Your next update will arrive on Tuesday 8 December.
`;

function fakeLog() {
  const records: LogRecord[] = [];
  let text = '';
  const edits: TextEdit[] = [];
  const ports: MarkSentPorts = {
    append: async (input: RecordInput) => {
      const r = { ...input, v: 1, id: `r${records.length + 1}`, writer: 'w', seq: records.length + 1, prev: '', recorded: input.at, hash: 'h' } as LogRecord;
      records.push(r);
      return r;
    },
    editNote: async e => { edits.push(e); text = applyEdit(text, e); },
  };
  return { records, edits, ports, get text() { return text; }, set text(t: string) { text = t; } };
}

const req = (text: string, records: LogRecord[], force = false) =>
  ({ text, relPath: 'notes/n.md', channel: 'email' as const, force, clock, lang: 'en' as const, lint: { clock }, records });

describe('send: mark as sent (one core action)', () => {
  it('refuses a note with template blanks, naming each with its line; nothing is logged or edited', async () => {
    const log = fakeLog();
    log.text = EN_BLANK;
    const r = await markSent(req(EN_BLANK, log.records), log.ports);
    assert.equal(r.status, 'refused');
    assert.deepEqual(r.check.blockers.map(b => [b.ruleId, b.line]), [['unfilled-placeholder', 9], ['unfilled-placeholder', 13]]);
    assert.match(r.check.blockers[0]!.message.en, /\[name of your contact\]/);
    assert.equal(log.records.length, 0);
    assert.equal(log.edits.length, 0);
  });

  it('--force records it anyway', async () => {
    const log = fakeLog();
    log.text = EN_BLANK;
    const r = await markSent(req(EN_BLANK, log.records, true), log.ports);
    assert.equal(r.status, 'sent');
    assert.equal(log.records.length, 1);
  });

  it('records a French note with its promises and next contact, sets status: sent on one line only', async () => {
    const log = fakeLog();
    log.text = FR;
    const r = await markSent(req(FR, log.records), log.ports);
    assert.equal(r.status, 'sent');
    const rec = log.records[0]!;
    assert.equal(rec.summary, 'Envoyé\u00a0: Point hebdomadaire');
    assert.equal(rec.direction, 'to-client');
    assert.deepEqual(rec.commitments, [
      { by: 'me', what: 'Je vous envoie les maquettes d\'ici le vendredi 4 décembre', due: '2026-12-04', state: 'open' },
      { by: 'client', what: 'Il me faudrait les photos avant le jeudi 3 décembre', due: '2026-12-03', state: 'open' },
    ], 'the internal section\'s sentence is not a promise to the client');
    assert.equal(rec.nextContact, '2026-12-08');
    assert.equal(log.text, FR.replace('status: draft', 'status: sent'), 'nothing else of the file changed');
    assert.equal(rec.notes![0]!.path, 'notes/n.md');

    const again = await markSent(req(log.text, log.records), log.ports);
    assert.equal(again.status, 'already-sent');
    if (again.status === 'already-sent') assert.equal(again.previous.recordId, rec.id);
    assert.equal(log.records.length, 1, 'the second time records nothing');

    // Edited afterwards: the linter names the send date.
    const edited = log.text.replace('est en ligne', 'est en ligne et testée');
    const f = lintNote(edited, { clock, sent: sentFacts(log.records, 'notes/n.md') }).messages.filter(m => m.ruleId === 'edited-after-sent');
    assert.equal(f.length, 1);
    assert.match(f[0]!.reason, /sent to the client on Tuesday 1 December 2026 at 10:00/);
    const unchanged = lintNote(log.text, { clock, sent: sentFacts(log.records, 'notes/n.md') }).messages.filter(m => m.ruleId === 'edited-after-sent');
    assert.equal(unchanged.length, 0);
    // The edited version sent again is a new send that knows the previous one.
    const resend = await markSent(req(edited, log.records), log.ports);
    assert.equal(resend.status, 'sent');
    if (resend.status === 'sent') assert.equal(resend.previous?.recordId, rec.id);
  });

  it('the confirmation step can drop promises, or cancel', async () => {
    const log = fakeLog();
    log.text = FR;
    const cancelled = await markSent(req(FR, log.records), { ...log.ports, confirm: async () => undefined });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(log.records.length, 0);
    const r = await markSent(req(FR, log.records), { ...log.ports, confirm: async p => ({ commitments: p.commitments.filter(c => c.by === 'client') }) });
    assert.equal(r.status, 'sent');
    assert.deepEqual(log.records[0]!.commitments!.map(c => c.by), ['client']);
    assert.equal(log.records[0]!.nextContact, undefined);
  });

  it('extracts English promises and requests with their dates', () => {
    const p = extractPromises(`---
type: status
lang: en
date: 2026-12-01
---
# Weekly update

I will send the mock-ups by Friday 4 December. The cart is done.

I need the final logo files by Thursday 3 December.

> I'll pay on Monday 7 December, said Sam.

## Next contact

Your next update will arrive on Tuesday 8 December.
`, NOW);
    assert.deepEqual(p.commitments.map(c => [c.by, c.due]), [['me', '2026-12-04'], ['client', '2026-12-03']]);
    assert.equal(p.nextContact, '2026-12-08');
  });
});
