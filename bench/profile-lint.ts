// Profiling helper for speed work above the parse: lints the bench corpus, a realistic 250 KiB
// note or 250 KiB of one-word lines in a loop, and with an output path writes a CPU profile of the
// timed passes only (warm-up, pack compiling and loading left out), for bench/profile-read.ts.
//   npx tsx bench/profile-lint.ts corpus|long|realistic|short|fill:<line>\\n [passes] [out.cpuprofile]
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { lintNote } from '../src/core/lint/engine.js';
import { fixedClock } from '../src/core/ports.js';
import { parseMarkdown } from '../src/core/markdown/processor.js';
import { corpus, hostileShapes, longNote, realistic } from './corpus.js';

const clock = fixedClock(new Date(2026, 10, 20));
const [what = 'corpus', passes = '3', out] = process.argv.slice(2);
const texts = what === 'corpus' ? corpus().map((n) => n.text)
  : what === 'realistic' ? [realistic(250 * 1024)]
  : what === 'long' ? [longNote()]
  : what.startsWith('fill:') ? [what.slice(5).replace(/\\n/g, '\n').repeat(250 * 1024).slice(0, 250 * 1024)]
  : [hostileShapes(250 * 1024)['short lines a\\n']!];
const runs = Number(passes);
for (const t of texts) lintNote(t, { clock }); // warm-up
async function main(): Promise<void> {
  const session = new Session();
  const post = (method: string, params?: object) => new Promise<unknown>((ok, ko) => session.post(method, params ?? {}, (e, r) => (e ? ko(e) : ok(r))));
  if (out) { session.connect(); await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 500 }); await post('Profiler.start'); }
  const t0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) for (const t of texts) lintNote(t, { clock });
  const d = process.cpuUsage(t0);
  if (out) writeFileSync(out, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
  const lintMs = (d.user + d.system) / 1000 / runs;
  // The bench's baseline (bench/lint.bench.ts): the same texts through the remark pipeline alone.
  for (const t of texts) parseMarkdown(t);
  const p0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) for (const t of texts) parseMarkdown(t);
  const p = process.cpuUsage(p0);
  const parseMs = (p.user + p.system) / 1000 / runs;
  console.log(`${what}: lint ${lintMs.toFixed(0)} ms, parse ${parseMs.toFixed(0)} ms CPU per pass (${runs} passes): ${(lintMs / parseMs).toFixed(2)}x`);
}
void main();
