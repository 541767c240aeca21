// Retrains the tone model from the labelled sentences of the repository and writes
// src/core/lint/model/<lang>.json (docs/model.md). Run after adding examples: npm run train:model
//   --without <folder>: leave one probe-*/train-* folder out, to measure the linter on it as unseen text
//   (then retrain without the flag before committing: a unit test checks the files are current).
//   --fit key=value[,key=value]: other fit options than FIT (experiments, e.g. --fit validation=folds).
//   --lang en|fr: one language only (two processes, one per language, use both cores).
import { writeFileSync } from 'node:fs';
import { FIT, modelJson, trainModel, type FitOptions } from './lib/train-model.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const without = option('--without');
const only = option('--lang') as 'en' | 'fr' | undefined;
if (only && only !== 'en' && only !== 'fr') throw new Error(`--lang: en or fr, not ${only}`);
const opts: FitOptions = { ...FIT };
for (const kv of option('--fit')?.split(',') ?? []) {
  const [k, v = ''] = kv.split('=');
  if (!k || !(k in FIT)) throw new Error(`--fit: unknown option ${k} (one of ${Object.keys(FIT).join(', ')})`);
  (opts as unknown as Record<string, unknown>)[k] = typeof FIT[k as keyof FitOptions] === 'number' ? Number(v) : v;
}

for (const lang of only ? [only] : ['en', 'fr'] as const) {
  const data = trainModel(lang, without, opts);
  writeFileSync(`src/core/lint/model/${lang}.json`, modelJson(data));
  const cv = data.meta.crossValidation as { falseAlarms: string; recall: Record<string, string>; byRule: Record<string, { threshold: number; falseAlarms: number }>; byWriter?: Record<string, string> };
  console.log(`${lang}: ${Object.keys(data.weights).length} features, cross-validated false alarms ${cv.falseAlarms}`);
  for (const [rule, r] of Object.entries(cv.recall)) console.log(`  ${rule.padEnd(16)} recall ${r.padEnd(8)} threshold ${cv.byRule[rule]!.threshold}, false alarms ${cv.byRule[rule]!.falseAlarms}`);
  if (cv.byWriter) console.log(`  per writer (bad caught/bad, ok flagged/ok): ${Object.entries(cv.byWriter).map(([w, v]) => `${w} ${v}`).join('; ')}`);
}
if (without) console.log(`Trained without ${without}: retrain without --without before committing.`);
