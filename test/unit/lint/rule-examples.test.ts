// Every registered rule's own examples are its tests: valid ones get no finding from that rule,
// invalid ones get exactly `count` (default 1), at the recorded positions with the recorded
// messages in both languages (test/fixtures/lint/rule-examples.expected.json, matched by text).
// After a deliberate change: LIAISON_UPDATE_EXAMPLES=1 npx mocha --grep 'rule examples', then review the diff.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/lint/registry.js';
import { testClock } from '../helpers/clock.js';
import { isLiaisonMessage, lintNote } from '../../../src/core/lint/engine.js';
import type { LintRule, RuleExample } from '../../../src/core/lint/types.js';

const clock = testClock;
const EXPECTED = join(__dirname, '../../fixtures/lint/rule-examples.expected.json');
type Expected = Record<string, Array<{ text: string; findings: string[] }>>;
const update = process.env.LIAISON_UPDATE_EXAMPLES === '1';
const expected: Expected = existsSync(EXPECTED) ? JSON.parse(readFileSync(EXPECTED, 'utf8')) as Expected : {};
const recorded: Expected = {};

/** "line:column-line:column en message | fr message" for each finding of the rule. */
function findingsOf(rule: LintRule, ex: RuleExample): string[] {
  return lintNote(ex.text, { clock, rules: [rule], sent: ex.sent }).messages.filter(isLiaisonMessage).filter(m => m.ruleId === rule.id)
    .map(m => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : '?'} ${m.liaison.message.en} | ${m.liaison.message.fr}`);
}

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
          const file = lintNote(ex.text, { clock, rules: [rule] });
          const got = file.messages.filter(m => m.ruleId === rule.id).map(m => `${m.line}:${m.column} ${m.reason}`);
          assert.deepEqual(got, [], `${rule.id} valid example fired:\n${ex.text}`);
        });
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`invalid ${ex.lang} #${i + 1}${ex.note ? ` (${ex.note})` : ''}`, () => {
          const got = findingsOf(rule, ex);
          assert.equal(got.length, ex.count ?? 1, `${rule.id} invalid example: ${got.join('\n') || 'no finding'}\n${ex.text}`);
          (recorded[rule.id] ??= []).push({ text: ex.text, findings: got });
          if (update) return;
          const want = expected[rule.id]?.find(e => e.text === ex.text);
          assert.ok(want, `${rule.id}: no recorded findings for this example; run LIAISON_UPDATE_EXAMPLES=1 npx mocha --grep 'rule examples' and review the diff\n${ex.text}`);
          assert.deepEqual(got, want.findings, `${rule.id}: position or message changed\n${ex.text}`);
        });
      });
    });
  }
  after(() => {
    if (update) writeFileSync(EXPECTED, JSON.stringify(recorded, null, 2) + '\n');
  });
});
