// Every registered rule's own examples are its tests: valid ones get no finding from that rule,
// invalid ones get exactly `count` (default 1). Both languages must be covered.
import assert from 'node:assert/strict';
import { RULES } from '../../../src/core/lint/registry.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const today = new Date(2026, 10, 20);

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('says why, in words, in both languages', () => {
        for (const lang of ['en', 'fr'] as const) {
          const why = rule.why?.[lang]?.trim() ?? '';
          assert.ok(why.length >= 40, `${rule.id}: why.${lang} must state the principle in a sentence or two`);
          assert.doesNotMatch(why, /domain brief|domain\.md/i, `${rule.id}: why.${lang} must say the principle, not point to a file`);
        }
      });
      it('has valid and invalid examples in both languages', () => {
        for (const kind of ['valid', 'invalid'] as const) {
          const langs = new Set(rule.examples[kind].map(e => e.lang));
          assert.ok(langs.has('en') && langs.has('fr'), `${rule.id}: ${kind} examples need en and fr`);
        }
      });
      rule.examples.valid.forEach((ex, i) => {
        it(`valid ${ex.lang} #${i + 1}`, () => {
          const file = lintNote(ex.text, { today, rules: [rule], sent: ex.sent });
          const got = file.messages.filter(m => m.ruleId === rule.id).map(m => `${m.line}:${m.column} ${m.reason}`);
          assert.deepEqual(got, [], `${rule.id} valid example fired:\n${ex.text}`);
        });
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`invalid ${ex.lang} #${i + 1}${ex.note ? ` (${ex.note})` : ''}`, () => {
          const file = lintNote(ex.text, { today, rules: [rule], sent: ex.sent });
          const got = file.messages.filter(m => m.ruleId === rule.id);
          assert.equal(got.length, ex.count ?? 1, `${rule.id} invalid example: ${got.map(m => m.reason).join(' | ') || 'no finding'}\n${ex.text}`);
        });
      });
    });
  }
});
