// Per-section figures of a sentence set whose lines are grouped by "# == <rule> ==" and
// "# == <rule>-ok ==" headers: recall of each rule and the false alarms of its near misses.
//   npx tsx scripts/measure-sections.ts <dir> [--verbose] [--no-model]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, run } from '../test/unit/lint/rules/corpus.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/phrases');
const options = args.includes('--no-model') ? { model: false } : {};
const firing = (text: string, lang: 'en' | 'fr') => RULES.filter((r) => run(r, text + '\n', { lang }, options).length > 0).map((r) => r.id);
for (const lang of ['en', 'fr'] as const) {
  const rows = new Map<string, { n: number; hit: number; misses: string[] }>();
  let section = 'none';
  for (const line of readFileSync(join(dir, `sentences.${lang}.txt`), 'utf8').split('\n')) {
    const head = /^# == (.+) ==/.exec(line);
    if (head) { section = head[1]; continue; }
    if (!line.trim() || line.startsWith('#')) continue;
    const i = line.indexOf(' | ');
    const expect = line.slice(0, i).trim(), text = line.slice(i + 3).trim();
    const fired = firing(text, lang);
    const key = expect === 'ok' ? `${section} (false alarms)` : expect;
    const row = rows.get(key) ?? { n: 0, hit: 0, misses: [] };
    row.n++;
    const hit = expect === 'ok' ? fired.length > 0 : fired.includes(expect);
    if (hit) row.hit++;
    if (hit === (expect === 'ok')) row.misses.push(`    ${expect === 'ok' ? `FP ${fired.join(',')}` : 'miss'}: ${text}`);
    rows.set(key, row);
  }
  console.log(`${dir.split('/').pop()} ${lang}`);
  for (const [k, r] of rows) {
    console.log(`  ${k.padEnd(34)} ${r.hit}/${r.n}`);
    if (args.includes('--verbose')) for (const m of r.misses) console.log(m);
  }
}
