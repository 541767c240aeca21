// Good notes with a finding, per language and rule: every .md under <dir> (README.md aside) is a
// note a careful writer would send, so any finding counts against the linter.
//   npx tsx scripts/measure-notes.ts <dir> [--today 2026-11-20] [--verbose]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lintNote } from '../src/core/lint/engine.js';
import { fixedClock } from '../src/core/ports.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--today') ?? 'test/fixtures/lint/quiet-3');
const today = (args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined) ?? '2026-11-20';
const [y, m, d] = today.split('-').map(Number);
const clock = fixedClock(new Date(y, m - 1, d));
const verbose = args.includes('--verbose');

const walk = (p: string): string[] => statSync(p).isDirectory()
  ? readdirSync(p).sort().flatMap((f) => walk(join(p, f))) : p.endsWith('.md') && !p.endsWith('README.md') ? [p] : [];
type Tally = { notes: number; flagged: number; perRule: Map<string, number>; lines: string[] };
const byLang = new Map<string, Tally>();
for (const path of walk(dir)) {
  const text = readFileSync(path, 'utf8');
  const lang = /^lang:\s*fr/m.test(text) || /(^|[-/])fr([-/.]|$)/.test(relative(dir, path)) ? 'fr' : 'en';
  const s: Tally = byLang.get(lang) ?? { notes: 0, flagged: 0, perRule: new Map<string, number>(), lines: [] };
  byLang.set(lang, s);
  s.notes++;
  const messages = lintNote(text, { path, clock }).messages;
  if (!messages.length) continue;
  s.flagged++;
  for (const id of new Set(messages.map((x) => x.ruleId ?? "?"))) s.perRule.set(id, (s.perRule.get(id) ?? 0) + 1);
  s.lines.push(`  ${relative(dir, path)}\n${messages.map((x) => `    ${x.line}:${x.column} ${x.ruleId}: ${x.reason}`).join('\n')}`);
}
for (const [lang, s] of [...byLang].sort()) {
  const rules = [...s.perRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
  console.log(`${relative(process.cwd(), dir)} ${lang}: ${s.flagged}/${s.notes} good notes with a finding${rules ? ` (${rules})` : ''}`);
  if (verbose) console.log(s.lines.join('\n'));
}
