// Retrains the tone model from the labelled sentences of the repository and writes
// src/core/lint/model/<lang>.json (docs/model.md). Run after adding examples: npm run train:model
//   --without <probe-dir>: leave one probe folder out, to measure the linter on it as unseen text
//   (then retrain without the flag before committing: a unit test checks the files are current).
import { writeFileSync } from 'node:fs';
import { modelJson, trainModel } from './lib/train-model.js';

const args = process.argv.slice(2);
const without = args.includes('--without') ? args[args.indexOf('--without') + 1] : undefined;

for (const lang of ['en', 'fr'] as const) {
  const data = trainModel(lang, without);
  writeFileSync(`src/core/lint/model/${lang}.json`, modelJson(data));
  const cv = data.meta.crossValidation as { falseAlarms: string; recall: Record<string, string>; byRule: Record<string, { threshold: number; falseAlarms: number }> };
  console.log(`${lang}: ${Object.keys(data.weights).length} features, cross-validated false alarms ${cv.falseAlarms}`);
  for (const [rule, r] of Object.entries(cv.recall)) console.log(`  ${rule.padEnd(16)} recall ${r.padEnd(8)} threshold ${cv.byRule[rule]!.threshold}, false alarms ${cv.byRule[rule]!.falseAlarms}`);
}
if (without) console.log(`Trained without ${without}: retrain without --without before committing.`);
