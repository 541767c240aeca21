// The date reader alone in a fresh process, as a one-shot lint meets it: `findDates` over every
// line of the bench corpus (each note's languages as the lint detects them: en, fr or both), the
// first pass (compiling included) and warm passes, CPU. Run it for two trees alternately:
//   node --regexp-tier-up-ticks=10 --import tsx bench/ab-dates.ts <tree> [passes]   (tree: a checkout's root)
// AB_ONE=1: the ~200-line note alone instead of the corpus.
import { resolve } from 'node:path';
import { corpus, longNote } from './corpus.js';

const tree = resolve(process.argv[2] ?? '.');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findDates } = require(`${tree}/src/core/lint/text/dates.ts`) as typeof import('../src/core/lint/text/dates.js');
const notes = (process.env.AB_ONE ? [{ name: 'long', text: longNote() }] : corpus()).map((n) => ({ text: n.text, langs: (/[àâçéèêëîïôûùüÿœ]/.test(n.text) ? ['fr'] : ['en']) as Array<'en' | 'fr'> }));
const ref = new Date(2026, 10, 20);
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const passes: number[] = [];
let found = 0;
for (let p = 0; p < Number(process.argv[3] ?? 4); p++) {
  const t = cpu();
  for (const n of notes) found += findDates(n.text, n.langs, ref).length;
  passes.push(cpu() - t);
}
console.log(`${tree}: first pass ${passes[0]!.toFixed(0)} ms, warm ${passes.slice(1).map((x) => x.toFixed(0)).join(' / ')} ms, ${found} dates`);
