// Notes with missing communication get the findings a reader would expect (and no crash), in both
// languages. Each fixture lists the rule ids that must fire; others may too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testClock } from '../helpers/clock.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const clock = testClock;
const EXPECTED: Record<string, string[]> = {
  'reply-en-justifies.md': ['acknowledge-first', 'next-contact-date', 'vague-timing'],
  'incident-en-no-options.md': ['incident-options', 'required-sections', 'next-contact-date'],
  'status-fr-vague.md': ['risk-mitigation', 'decision-deadline', 'next-contact-date'],
  'status-en-wrong-weekday.md': ['date-mismatch', 'next-contact-date'],
  'status-fr-unfilled.md': ['unfilled-placeholder'],
};

describe('bad notes get the expected findings', () => {
  for (const [name, rules] of Object.entries(EXPECTED)) {
    it(name, () => {
      const path = join('test/fixtures/lint/bad', name);
      const got = new Set(lintNote(readFileSync(path, 'utf8'), { path, clock }).messages.map(m => m.ruleId));
      for (const r of rules) assert.ok(got.has(r), `${name}: expected ${r}, got ${[...got].join(', ')}`);
    });
  }
});
