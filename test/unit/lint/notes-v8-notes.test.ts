// Whole notes written by a rule-blind writer (test/fixtures/lint/notes-v8, a training set since
// quiet5 tuned on it: see figures.txt): 32 good notes per language get no finding, except those
// listed with the reason they are kept; each of the 8 problem notes gets its rule (expect.tsv).
// Clock: Tuesday 24 November 2026, the notes' date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clockOn } from '../helpers/clock.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const dir = 'test/fixtures/lint/notes-v8';
const clock = clockOn(2026, 11, 24);

/**
 * Kept, with why:
 * - the tone model's verdicts (docs/model.md), left to its trainer: its thresholds move with every
 *   retraining, so a pack example cannot pin them without tuning to the sentence (when a retrained
 *   model drops or adds one, update this list and say so in the commit; the retraining after
 *   session 7's merges dropped fr/15 blame-client, fr/19 and fr/07 dismissive and fr/35
 *   defensive-tone, and added en/07 and en/09 defensive-tone, en/35 and fr/37 sarcasm, and three
 *   plain false alarms for the next pass: en/21 blame-colleague on a request for an API key from the
 *   courier, fr/08 blame-colleague on a table row « appli chauffeurs | pas commencé », fr/25
 *   non-apology on « soulagé que personne ne se soit blessé », injured, not hurt feelings);
 * - options that state neither a cost (en/fr 06 option 2 "30 min", en/fr 35 the academy's own
 *   messages) nor a delay (en/fr 02 option 3, honouring the orders): P13 asks both of each option,
 *   and a free or immediate act is not told from an omission by its words;
 * - "I will keep you informed" / « Je vous tiendrai informé » after a dated plan (29): the pack's own
 *   invalid example ("I'll keep you posted"), kept as the project decided;
 * - from main's French packs of 1 December (frphr5's, not this pass's to change): « juste avant les
 *   fêtes rapporte rarement », a general statement, read as vague timing (fr/02); « Sans nouvelles
 *   de votre part, je vous relance le lundi 30 novembre » as blaming the client and « ne m'a été
 *   signalé » as vague timing (fr/07).
 * Session 18 (tone model retrained with train-p8 and three helpers' pack examples): en/09 and en/35
 * defensive-tone, fr/25 non-apology and fr/37 sarcasm went quiet; two new French model false alarms
 * for the next pass, dismissive on « C'est une bonne idée » (fr/19) and « C'est vous qui décidez »
 * (fr/07): the FR dismissive threshold fell to 0.71 under the plain-sentence budget; and vague-timing
 * on « Je ferais… » (fr/25), the FR vague-timing threshold at 0.80.
 */
// Session 19: the risk notes' check-in 17 days out (en/fr 37) is before the client's decision date,
// which next-contact-date now allows (P13), so both notes are quiet. The retraining after blame9,
// tone9 and defend9 quieted en/07 defensive-tone, fr/07 dismissive, fr/08 blame-colleague and fr/25
// vague-timing, and added two false alarms for the next pass: en/06 blame-colleague on the writer's
// own tool ("No alerting fired because my uptime check only pinged the gateways", after "Cause. Mine."),
// and fr/35 defensive-tone (model) on « Ce que j'ai fait. J'ai vérifié … J'ai ajouté … », a report.
// Session 20 (dismiss10): the dismissive pack group `sincere` (a welcomed question, an approved idea,
// « c'est une bonne idée ») keeps the tone model off en/19 and fr/19, which are quiet now.
// Session 20 (retrained): en/35's sarcasm false alarm is gone.
// Session 20 (notes10): « ne m'a été signalé » is the auxiliary, not the season (été): fr/07 vague-timing went quiet.
// Session 11 (blame11, tone11, quiet11 merged, retrained with train-p11): en/06 blame-colleague and
// fr/35 defensive-tone went quiet; two model false alarms for the next pass: en/35 defensive-tone on
// « I have … I … have » (a report of work done) and fr/25 non-apology on « … se … blessé ».
// Session 13 (notes13 merged, retrained with train-p12, train-p13, train-v16 to train-v22): the
// incident-options findings on en/02 and en/06 and en/21's blame-colleague went quiet; six model
// false alarms for the next pass: vague-timing on en/03 ("We … clean up … after") and en/09, fr/25
// (« Je ferais… »), blame-client on fr/20 (« a été modifié ») and fr/30, defensive-tone on fr/35 (a
// report of work done, « j'ai fait »).
const KEPT: Record<string, string[]> = {
  'en/03.md': ['vague-timing'],
  'en/09.md': ['vague-timing'],
  'en/29.md': ['vague-timing'],
  'en/35.md': ['incident-options', 'defensive-tone'],
  'fr/02.md': ['incident-options', 'vague-timing'],
  'fr/03.md': ['vague-timing'],
  'fr/06.md': ['incident-options'],
  'fr/07.md': ['blame-client'],
  'fr/20.md': ['blame-client'],
  'fr/25.md': ['non-apology', 'vague-timing'],
  'fr/29.md': ['vague-timing'],
  'fr/30.md': ['blame-client'],
  'fr/35.md': ['incident-options', 'defensive-tone'],
};

/** Problem notes the linter misses, with why. */
// (fr/28, « C'est mon stagiaire, Kévin, qui a modifié … », is found since roles read past an apposition.)
const MISSED: Record<string, string> = {};

const labels = new Map(readFileSync(join(dir, 'expect.tsv'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => l.split('\t').map((c) => c.trim()) as [string, string]));

describe('notes-v8 whole notes (EN, FR)', () => {
  it('has 40 notes per language, 8 of them with one problem', () => {
    for (const lang of ['en', 'fr']) {
      const mine = [...labels].filter(([p]) => p.startsWith(`${lang}/`));
      assert.equal(mine.length, 40);
      assert.equal(mine.filter(([, l]) => l !== 'ok').length, 8);
    }
  });
  for (const [name, label] of labels) {
    it(`${name} (${label})`, () => {
      const path = join(dir, name);
      const messages = lintNote(readFileSync(path, 'utf8'), { path, clock }).messages;
      const ids = [...new Set(messages.map((m) => m.ruleId))];
      const detail = messages.map((m) => `${m.line} ${m.ruleId}: ${m.reason}`).join('\n');
      if (label !== 'ok') return assert.equal(ids.includes(label), !MISSED[name], `${name} should ${MISSED[name] ? `still miss ${label} (${MISSED[name]}): update MISSED` : `get ${label}`}\n${detail}`);
      assert.deepEqual(ids.sort(), [...(KEPT[name] ?? [])].sort(), detail);
    });
  }
});
