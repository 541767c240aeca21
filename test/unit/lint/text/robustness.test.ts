// Hostile inputs for the language layer and the phrase rules: no throw, no quadratic blow-up, spans in bounds.
import { strict as assert } from 'node:assert';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { findDates } from '../../../../src/core/lint/text/dates.js';
import { detectLanguage } from '../../../../src/core/lint/text/language.js';
import vagueTiming from '../../../../src/core/lint/rules/vague-timing.js';
import blameColleague from '../../../../src/core/lint/rules/blame-colleague.js';
import blameClient from '../../../../src/core/lint/rules/blame-client.js';
import defensiveTone from '../../../../src/core/lint/rules/defensive-tone.js';
import shouting from '../../../../src/core/lint/rules/shouting.js';
import unexplainedJargon from '../../../../src/core/lint/rules/unexplained-jargon.js';
import sarcasm from '../../../../src/core/lint/rules/sarcasm.js';
import { makeContext } from './helpers.js';
import { testClock } from '../../helpers/clock.js';

const RULES = [vagueTiming, blameColleague, blameClient, defensiveTone, shouting, unexplainedJargon, sarcasm] as unknown as LintRule[];
const N = 60_000;
const HOSTILE: Record<string, string> = {
  quotes: '"a" '.repeat(N / 4),
  guillemets: '« a » '.repeat(N / 6),
  caps: 'URGENT NOW PLEASE '.repeat(N / 18),
  thirdParties: 'the developer the designer '.repeat(N / 27),
  jargon: 'API DNS cache staging '.repeat(N / 22),
  whitespace: `you${' '.repeat(N)}should have`,
  apostrophes: "l'".repeat(N / 2),
  punctuation: '!?'.repeat(N / 2),
  fractions: '1/2 '.repeat(N / 4),
  binary: Array.from({ length: N }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
};

describe('phrase rules on hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: no throw, bounded time, spans inside the text`, () => {
      const ctx = makeContext(`${text}\n`, { lang: 'en' });
      ctx.sentences();
      for (const rule of RULES) {
        const opts = Object.fromEntries(Object.entries(rule.options).map(([k, d]) => [k, d.default]));
        const t = performance.now();
        const findings = rule.check(ctx, opts);
        const ms = performance.now() - t;
        assert.ok(ms < 3000, `${rule.id} took ${Math.round(ms)} ms`);
        for (const f of findings) assert.ok(f.span.start >= 0 && f.span.end <= ctx.text.length && f.span.start <= f.span.end, rule.id);
      }
      assert.doesNotThrow(() => findDates(text, ['en', 'fr'], testClock.now()));
      assert.doesNotThrow(() => detectLanguage(text));
    });
  }
});
