// The dates a finding suggests (a message's example, a rewrite's ${n:date} field) follow the note's
// date (front matter `date:`), never a day written once in the code or the packs.
import assert from 'node:assert/strict';
import { isLiaisonMessage, lintNote, type LiaisonMessage } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';
import { PACK_DATA } from '../../../src/core/lint/packs/generated.js';
import { rewriteFixes } from '../../../src/core/lint/packs/index.js';

const findings = (text: string, rule: string): LiaisonMessage[] =>
  lintNote(text, { clock: testClock }).messages.filter(isLiaisonMessage).filter(m => m.ruleId === rule);

// Three days after the note's date, on to Monday past a weekend (sampleDate):
// Thu 10 Dec 2026 -> Sun 13 -> Mon 14 Dec; Tue 2 Mar 2027 -> Fri 5 Mar.
const REFS = [
  { date: '2026-12-10', en: 'Monday 14 December', fr: 'lundi 14 décembre' },
  { date: '2027-03-02', en: 'Friday 5 March', fr: 'vendredi 5 mars' },
];

describe('suggested dates follow the note', () => {
  for (const r of REFS) {
    it(`decision-deadline on ${r.date}: "by ${r.en}" / « d’ici le ${r.fr} »`, () => {
      const en = findings(`---\ntype: status\ndate: ${r.date}\n---\n# Weekly update\n\n## What I need from you\n- The texts for the home page.\n`, 'decision-deadline');
      const fr = findings(`---\ntype: status\ndate: ${r.date}\n---\n# Point hebdomadaire\n\n## Ce dont j'ai besoin de votre part\n- Les textes de la page d'accueil.\n`, 'decision-deadline');
      assert.ok(en[0]?.liaison.message.en.includes(`"by ${r.en}"`), en[0]?.liaison.message.en);
      assert.ok(fr[0]?.liaison.message.fr.includes(`d’ici le ${r.fr}`), fr[0]?.liaison.message.fr);
      assert.doesNotMatch(en[0]!.liaison.message.en + fr[0]!.liaison.message.fr, /25 November|25 novembre/);
    });

    it(`a rewrite's date field on ${r.date} is ${r.en} / ${r.fr}, EN and FR`, () => {
      const texts = (note: string, rule: string) => findings(note, rule).flatMap(m => m.liaison.fixes.map(f => f.text));
      const en = texts(`---\ndate: ${r.date}\n---\nThe developer made a mistake.\n`, 'blame-colleague');
      const fr = texts(`---\ndate: ${r.date}\nlang: fr\n---\nC'est la faute du prestataire.\n`, 'blame-colleague');
      assert.ok(en.length >= 2 && fr.length >= 2, 'rewrites offered');
      assert.ok(en.some(t => t.includes(`:${r.en}}`)), en.join('\n'));
      assert.ok(fr.some(t => t.includes(`:${r.fr}}`)), fr.join('\n'));
      assert.doesNotMatch([...en, ...fr].join('\n'), /27 November|27 novembre/);
    });
  }

  it('no pack rewrite keeps the day its author wrote: in a note of Monday 7 January 2030 every date field is in January', () => {
    const left = PACK_DATA.flatMap(p => rewriteFixes(p.rule, p.lang, { start: 0, end: 0 }, new Date(2030, 0, 7)).map(f => `${p.rule}/${p.lang}: ${f.text}`))
      .filter(t => /November|December|novembre|décembre/.test(t));
    assert.deepEqual(left, []);
  });
});
