// `npm run bench`: linear on any shape. Each hostile shape (delimiter runs, open brackets,
// blank-line floods, one long line, deep nesting, long tables) is linted next to a realistic note
// of the same size in the same run; the ratio is hostile / realistic (aim: at most 2x).
import { lintNote } from '../src/core/lint/engine.js';
import { fixedClock } from '../src/core/ports.js';
import { hostileShapes, realistic } from './corpus.js';

/** CPU time of this process, not wall time: other sessions on the shared cores do not count. */
function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const clock = fixedClock(new Date(2026, 10, 20));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function time(text: string): number {
  lintNote(text, { clock }); // warm-up
  return median(Array.from({ length: RUNS }, () => {
    gc();
    return cpuMs(() => lintNote(text, { clock }));
  }));
}

for (const n of [64 * 1024, 250 * 1024]) {
  const base = time(realistic(n));
  console.log(`${(n / 1024).toFixed(0)} KiB: realistic note ${base.toFixed(0)} ms (median of ${RUNS})`);
  let worst = 0;
  for (const [name, text] of Object.entries(hostileShapes(n))) {
    const t = time(text);
    worst = Math.max(worst, t / base);
    console.log(`  ${name.padEnd(26)} ${t.toFixed(0).padStart(6)} ms  ${(t / base).toFixed(2)}x`);
  }
  console.log(`  worst hostile / realistic = ${worst.toFixed(2)}x (aim <= 2x)`);
}
