// What the linter SHOWS in French (messages, quick-fix titles, the packs' rewrites) is written as
// the l10n bundles are: the typographic apostrophe ’ and a no-break space before : ; ! ? and inside
// « ». Only the writer's own words quoted in a message keep their apostrophes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/lint/registry.js';
import { PACK_DATA } from '../../../src/core/lint/packs/generated.js';
import { rewriteFixes } from '../../../src/core/lint/packs/index.js';
import { isLiaisonMessage, lintNote } from '../../../src/core/lint/engine.js';
import { frenchTypographyProblems } from '../../../src/core/templates/typography.js';
import { testClock } from '../helpers/clock.js';

const BAD = join(__dirname, '../../fixtures/lint/bad');

/** The notes to lint: every rule's examples and the bad-note fixtures, EN and FR. */
function notes(): string[] {
  const out = RULES.flatMap(r => [...r.examples.invalid, ...r.examples.valid].map(e => e.text));
  for (const f of readdirSync(BAD)) if (/\.md$/.test(f)) out.push(readFileSync(join(BAD, f), 'utf8'));
  return out;
}

/** A message with the note's own words (what it quotes) blanked: those are the writer's, not ours. */
function ours(shown: string, note: string): string {
  return shown.replace(/«\s?([^«»]*?)\s?»|"([^"]*)"|`[^`]*`/g, (all, a: string | undefined, b: string | undefined) => {
    const inner = (a ?? b ?? '').trim();
    // the tone model quotes its 2-3 weightiest words joined by " … " (docs/model.md): each is the note's
    const quoted = inner.split(/\s…\s/).every((w) => note.includes(w));
    return inner && quoted ? (a !== undefined ? '«\u00a0x\u00a0»' : '"x"') : all;
  });
}

function problems(text: string): string[] {
  const out: string[] = [];
  if (text.includes("'")) out.push('straight apostrophe');
  if (frenchTypographyProblems(text).length) out.push('missing no-break space');
  return out;
}

describe('French typography of what the linter shows', () => {
  it('messages and fix titles of every rule (examples and bad notes)', () => {
    const bad = new Map<string, string>();
    for (const note of notes()) {
      for (const m of lintNote(note, { clock: testClock }).messages.filter(isLiaisonMessage)) {
        const shown = [m.liaison.message.fr, ...m.liaison.fixes.map(f => f.title.fr)];
        for (const s of shown) {
          const p = problems(ours(s, note));
          if (p.length) bad.set(`${m.ruleId}: ${s}`, p.join(', '));
        }
      }
    }
    assert.deepEqual([...bad].map(([s, p]) => `${p}: ${s}`), []);
  });

  it('the packs\' rewrites (French text, French titles)', () => {
    const bad: string[] = [];
    for (const p of PACK_DATA) {
      for (const f of rewriteFixes(p.rule, p.lang, { start: 0, end: 0 })) {
        for (const s of p.lang === 'fr' ? [f.title.fr, f.text.replace(/\$\{\d+:([^}]*)\}/g, '$1')] : [f.title.fr]) {
          const why = problems(s);
          if (why.length) bad.push(`${p.rule}/${p.lang}: ${why.join(', ')}: ${s}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });
});
