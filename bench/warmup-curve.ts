// Where a one-shot lint's warm-up goes: lints the bench corpus twice in one process and prints the
// CPU of each pass by buckets of notes (the 1st note, the next 9, 40, 150, 400, the rest). The first
// pass pays regular-expression compiling, pack and model building and JIT; the second shows the
// same notes warm. Flags as `liaison lint` sets them (src/cli/v8-flags.ts).
//   npx tsx bench/warmup-curve.ts [passes]
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--regexp-tier-up-ticks=10');

// Loaded after the flag (imports would run first): expressions made at load keep the setting of that moment.
/* eslint-disable @typescript-eslint/no-require-imports */
const { lintNote } = require('../src/core/lint/engine.js') as typeof import('../src/core/lint/engine.js');
const { fixedClock } = require('../src/core/ports.js') as typeof import('../src/core/ports.js');
const { corpus } = require('./corpus.js') as typeof import('./corpus.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const clock = fixedClock(new Date(2026, 10, 20));
const texts = corpus().map((n) => n.text);
const buckets = [1, 9, 40, 150, 400, Infinity];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let pass = 1; pass <= Number(process.argv[2] ?? 2); pass++) {
  const row: string[] = [];
  let i = 0;
  for (const size of buckets) {
    const t0 = cpu();
    const from = i;
    for (; i < texts.length && i - from < size; i++) lintNote(texts[i]!, { clock });
    if (i > from) row.push(`${i - from} notes ${(cpu() - t0).toFixed(0)} ms`);
  }
  console.log(`pass ${pass} (CPU by bucket): ${row.join(' | ')}`);
}
