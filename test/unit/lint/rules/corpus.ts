// The phrase corpus (test/fixtures/phrases) and how a sentence is run: shared by the corpus test
// (unit) and the probe measurements (test/extra).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../../src/core/ports.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import vagueTiming from '../../../../src/core/lint/rules/vague-timing.js';
import blameColleague from '../../../../src/core/lint/rules/blame-colleague.js';
import blameClient from '../../../../src/core/lint/rules/blame-client.js';
import defensiveTone from '../../../../src/core/lint/rules/defensive-tone.js';
import shouting from '../../../../src/core/lint/rules/shouting.js';
import unexplainedJargon from '../../../../src/core/lint/rules/unexplained-jargon.js';
import sarcasm from '../../../../src/core/lint/rules/sarcasm.js';
import { run } from '../text/helpers.js';

export { run };
export const RULES = [vagueTiming, blameColleague, blameClient, defensiveTone, shouting, unexplainedJargon, sarcasm] as unknown as LintRule[];
export const DIR = join(__dirname, '../../../fixtures/phrases');

export function sentences(lang: Lang, dir = DIR): Array<{ expect: string; text: string }> {
  return readFileSync(join(dir, `sentences.${lang}.txt`), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => { const i = l.indexOf(' | '); return { expect: l.slice(0, i).trim(), text: l.slice(i + 3).trim() }; });
}

export const firing = (text: string, lang?: Lang): string[] => RULES.filter((r) => run(r, text + '\n', lang ? { lang } : {}).length > 0).map((r) => r.id);
