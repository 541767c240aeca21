// Per-rule sentence recall and false alarms of the linter on a labelled sentence set
// ("label | sentence" lines, as test/fixtures/phrases/*/sentences.<lang>.txt).
//   npx tsx scripts/measure-sentences.ts <dir> [--verbose] [--no-model]
// --no-model: the rules without the tone model (their `model` option off), for a before/after.
import { join, resolve } from 'node:path';
import { RULES, run, sentences } from '../test/unit/lint/rules/corpus.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/phrases');
const verbose = args.includes('--verbose');
const options = args.includes('--no-model') ? { model: false } : {};
const MODEL = /\((?:tone model|modèle de ton)[^()]*\)$/;
// The rules that fire, each marked "(model)" when only its tone model found the sentence.
const firing = (text: string, lang: 'en' | 'fr') => RULES.flatMap((r) => {
  const found = run(r, text + '\n', { lang }, options);
  if (!found.length) return [];
  return [found.every((f) => MODEL.test(f.message.en)) ? `${r.id} (model)` : r.id];
});
for (const lang of ['en', 'fr'] as const) {
  const perRule = new Map<string, { bad: number; caught: number }>();
  let good = 0, flagged = 0, byModel = 0;
  const lines: string[] = [];
  for (const s of sentences(lang, dir)) {
    const fired = firing(s.text, lang);
    if (s.expect === 'ok') {
      good++;
      if (fired.length) { flagged++; if (fired.every((f) => f.endsWith('(model)'))) byModel++; lines.push(`  FP ${fired.join(',')}: ${s.text}`); }
      continue;
    }
    const r = perRule.get(s.expect) ?? { bad: 0, caught: 0 };
    r.bad++;
    if (fired.includes(s.expect) || fired.includes(`${s.expect} (model)`)) r.caught++; else lines.push(`  miss ${s.expect}: ${s.text}`);
    perRule.set(s.expect, r);
  }
  const all = [...perRule.values()].reduce((a, r) => ({ bad: a.bad + r.bad, caught: a.caught + r.caught }), { bad: 0, caught: 0 });
  console.log(`${join(dir).split('/').pop()} ${lang}: recall ${all.caught}/${all.bad} (${(100 * all.caught / all.bad).toFixed(0)} %), false alarms ${flagged}/${good} (${byModel} by the tone model alone)`);
  for (const [rule, r] of [...perRule].sort()) console.log(`  ${rule.padEnd(16)} ${r.caught}/${r.bad}`);
  if (verbose) console.log(lines.join('\n'));
}
