// Good notes with a finding, per language and rule. Without an expect.tsv every .md under <dir>
// (README.md aside) is a note a careful writer would send, so any finding counts against the linter.
// With <dir>/expect.tsv (`path<TAB>label`, `ok`, or the rule(s) a problem note must get, comma-separated), the `ok`
// notes are measured the same way and each problem note must get its rule (other rules on it are
// listed, not counted).
//   npx tsx scripts/measure-notes.ts <dir> [--today 2026-11-20] [--verbose]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lintNote } from '../src/core/lint/engine.js';
import { fixedClock } from '../src/core/ports.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--today') ?? 'test/fixtures/lint/quiet-3');
const today = (args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined) ?? '2026-11-20';
const [y, m, d] = today.split('-').map(Number);
const clock = fixedClock(new Date(y, m - 1, d));
const verbose = args.includes('--verbose');

const expectFile = join(dir, 'expect.tsv');
const labels = new Map<string, string>(existsSync(expectFile)
  ? readFileSync(expectFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t').map((c) => c.trim()) as [string, string])
  : []);

const walk = (p: string): string[] => statSync(p).isDirectory()
  ? readdirSync(p).sort().flatMap((f) => walk(join(p, f))) : p.endsWith('.md') && !p.endsWith('README.md') ? [p] : [];
type Tally = { notes: number; flagged: number; perRule: Map<string, number>; lines: string[]; bad: number; caught: number; missed: string[]; extra: string[] };
const byLang = new Map<string, Tally>();
for (const path of walk(dir)) {
  const text = readFileSync(path, 'utf8');
  const rel = relative(dir, path);
  const lang = /^lang:\s*fr/m.test(text) || /(^|[-/])fr([-/.]|$)/.test(rel) ? 'fr' : 'en';
  const s: Tally = byLang.get(lang) ?? { notes: 0, flagged: 0, perRule: new Map(), lines: [], bad: 0, caught: 0, missed: [], extra: [] };
  byLang.set(lang, s);
  const messages = lintNote(text, { path, clock }).messages;
  const ids = new Set(messages.map((x) => x.ruleId ?? '?'));
  const detail = messages.map((x) => `    ${x.line}:${x.column} ${x.ruleId}: ${x.reason}`).join('\n');
  const label = labels.get(rel) ?? 'ok';
  if (label !== 'ok') {
    s.bad++;
    // "rule-a,rule-b": a note with two problems is caught when it gets every one of them.
    const wanted = label.split(',').map((l) => l.trim()).filter(Boolean);
    const lacking = wanted.filter((l) => !ids.has(l));
    if (!lacking.length) s.caught++; else s.missed.push(`${rel} (${label}${wanted.length > 1 ? `; lacks ${lacking.join(', ')}` : ''})`);
    const others = [...ids].filter((id) => !wanted.includes(id));
    if (others.length) s.extra.push(`${rel} (${label}) also: ${others.join(', ')}`);
    continue;
  }
  s.notes++;
  if (!messages.length) continue;
  s.flagged++;
  for (const id of ids) s.perRule.set(id, (s.perRule.get(id) ?? 0) + 1);
  s.lines.push(`  ${rel}\n${detail}`);
}
for (const [lang, s] of [...byLang].sort()) {
  const rules = [...s.perRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
  console.log(`${relative(process.cwd(), dir)} ${lang}: ${s.flagged}/${s.notes} good notes with a finding${rules ? ` (${rules})` : ''}`);
  if (s.bad) console.log(`  problem notes caught: ${s.caught}/${s.bad}${s.missed.length ? `; missed: ${s.missed.join(', ')}` : ''}`);
  if (verbose) {
    console.log(s.lines.join('\n'));
    if (s.extra.length) console.log(`  other rules on problem notes:\n${s.extra.map((l) => `    ${l}`).join('\n')}`);
  }
}
