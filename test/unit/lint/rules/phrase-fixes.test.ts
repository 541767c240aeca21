// Applying a phrase rule's fix (snippet placeholders filled with their default text) makes the
// finding go away: the fix really fixes (markdownlint's re-lint idea).
import { strict as assert } from 'node:assert';
import type { Finding, LintRule } from '../../../../src/core/lint/types.js';
import vagueTiming from '../../../../src/core/lint/rules/vague-timing.js';
import shouting from '../../../../src/core/lint/rules/shouting.js';
import unexplainedJargon from '../../../../src/core/lint/rules/unexplained-jargon.js';
import { run } from '../text/helpers.js';

/** Applies the first fix of a finding, with ${1:default} snippet stops replaced by their default. */
function applyFix(text: string, f: Finding): string {
  const fix = f.fixes![0]!;
  const insert = fix.snippet ? fix.text.replace(/\$\{\d+:([^}]*)\}/g, '$1') : fix.text;
  return text.slice(0, fix.span.start) + insert + text.slice(fix.span.end);
}

const CASES: Array<[LintRule, string]> = [
  [vagueTiming as unknown as LintRule, '---\nlang: en\ndate: 2026-11-23\n---\nI will send the mockups soon.\n'],
  [vagueTiming as unknown as LintRule, '---\nlang: fr\ndate: 2026-11-23\n---\nNous corrigerons le problème dans les plus brefs délais.\n'],
  [shouting as unknown as LintRule, 'The site is live!!!\n'],
  [shouting as unknown as LintRule, 'Merci de NE RIEN TOUCHER sur le serveur !!\n'],
  [shouting as unknown as LintRule, 'I NEED THE TEXTS TODAY.\n'],
  [unexplainedJargon as unknown as LintRule, 'The webhook is on the new server.\n'],
  [unexplainedJargon as unknown as LintRule, 'Le webhook est sur le nouveau serveur.\n'],
];

describe('phrase rule fixes', () => {
  for (const [rule, text] of CASES) {
    it(`${rule.id}: the fix removes the finding in ${JSON.stringify(text.split('\n').filter(Boolean).pop())}`, () => {
      const before = run(rule, text);
      assert.equal(before.length, 1);
      const fixed = applyFix(text, before[0]!);
      assert.deepEqual(run(rule, fixed).map((f) => fixed.slice(f.span.start, f.span.end)), [], fixed);
    });
  }
});
