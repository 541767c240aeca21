// Runs the phrase rules (the six of issue 3, and sarcasm) over the corpus in test/fixtures/phrases: good sentences and notes must
// stay silent, bad ones must fire the expected rule. LIAISON_CORPUS_REPORT=1 prints the figures.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIR, RULES, firing, run, sentences } from './corpus.js';

describe('phrase corpus', () => {
  const stats = { goodSentences: 0, goodFlagged: 0, badSentences: 0, badCaught: 0, badOtherRules: 0, goodNotes: 0, goodNoteFindings: 0, badNotes: 0, badNoteExpected: 0, badNoteFound: 0 };
  after(() => { if (process.env.LIAISON_CORPUS_REPORT) console.log(JSON.stringify(stats, null, 2)); });

  for (const lang of ['en', 'fr'] as const) {
    it(`flags the bad ${lang} sentences with the right rule and leaves the good ones alone`, () => {
      const problems: string[] = [];
      for (const s of sentences(lang)) {
        const fired = firing(s.text, lang);
        if (s.expect === 'ok') {
          stats.goodSentences++;
          if (fired.length) { stats.goodFlagged++; problems.push(`false positive ${fired.join(',')}: ${s.text}`); }
        } else {
          stats.badSentences++;
          if (fired.includes(s.expect)) stats.badCaught++; else problems.push(`missed ${s.expect}: ${s.text}`);
          if (fired.some((id) => id !== s.expect)) stats.badOtherRules++;
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('stays silent on every good note', () => {
    const problems: string[] = [];
    for (const f of readdirSync(join(DIR, 'good'))) {
      const text = readFileSync(join(DIR, 'good', f), 'utf8');
      stats.goodNotes++;
      for (const r of RULES) {
        for (const finding of run(r, text)) {
          stats.goodNoteFindings++;
          problems.push(`${f} ${r.id}: "${text.slice(finding.span.start, finding.span.end)}"`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('finds what is expected in every bad note', () => {
    const problems: string[] = [];
    for (const f of readdirSync(join(DIR, 'bad'))) {
      const text = readFileSync(join(DIR, 'bad', f), 'utf8');
      const fm = parseYaml(text.split('---\n')[1]!) as { expect: Record<string, number> };
      stats.badNotes++;
      for (const r of RULES) {
        const found = run(r, text).map((x) => text.slice(x.span.start, x.span.end));
        const want = fm.expect[r.id] ?? 0;
        stats.badNoteExpected += want;
        stats.badNoteFound += Math.min(want, found.length);
        if (found.length !== want) problems.push(`${f} ${r.id}: expected ${want}, got ${found.length} ${JSON.stringify(found)}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
