// The findings guard for speed work above the parse: every finding (rule, severity, place, message
// in both languages, fixes) on every note and sentence under test/fixtures, the packs' own examples
// and the bench corpus, linted one-shot and again through the editor's path (chunk cache and memo
// kept across notes). A speed change must leave the snapshot byte-identical.
//
//   npx tsx bench/findings-snapshot.ts record [file]   write the snapshot (default .cache/findings.snapshot)
//   npx tsx bench/findings-snapshot.ts check [file]    compare with it; exit 1 and list the first differences
//
// Packs and rules change on other branches, so record on the commit before a speed change (or
// before a merge), then check on the result: the comparison is against a re-recorded snapshot.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { isLiaisonMessage, lintNote, type LintOptions } from '../src/core/lint/engine.js';
import { ChunkCache, LintMemo } from '../src/core/lint/incremental.js';
import { fixedClock } from '../src/core/ports.js';
import { inputs } from './lint-inputs.js';

const clock = fixedClock(new Date(2026, 10, 20));

function describe(text: string, opts: LintOptions): string[] {
  return lintNote(text, { clock, ...opts }).messages.map((m) => {
    const l = isLiaisonMessage(m) ? m.liaison : undefined;
    return JSON.stringify([m.ruleId, l?.severity, m.line, m.column, l?.span, l?.message ?? m.reason,
      l?.fixes.map((f) => [f.title, f.span, f.text, f.snippet ?? false, f.safe ?? true])]);
  });
}

function snapshot(): string[] {
  const lines: string[] = [];
  const all = inputs();
  for (const i of all) for (const d of describe(i.text, i.opts)) lines.push(`${i.name}\t${d}`);
  // The editor's path: one chunk cache and one memo for every note, as a long session keeps them.
  const parseCache = new ChunkCache();
  const memo = new LintMemo();
  for (const i of all) for (const d of describe(i.text, { ...i.opts, parseCache, memo })) lines.push(`editor:${i.name}\t${d}`);
  lines.push(`# ${all.length} inputs`);
  return lines;
}

const [mode = 'check', file = '.cache/findings.snapshot'] = process.argv.slice(2);
const t0 = Date.now();
const now = snapshot();
const digest = createHash('sha256').update(now.join('\n')).digest('hex').slice(0, 16);
const summary = `${now.length - 1} findings, ${now[now.length - 1]!.slice(2)}, sha256 ${digest}, ${((Date.now() - t0) / 1000).toFixed(1)} s`;
if (mode === 'record') {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`recorded ${file}: ${summary}`);
} else if (mode === 'check') {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const had = new Set(before);
  const has = new Set(now);
  const lost = before.filter((l) => !has.has(l));
  const gained = now.filter((l) => !had.has(l));
  const same = lost.length === 0 && gained.length === 0 && before.length === now.length && before.every((l, i) => l === now[i]);
  console.log(`${same ? 'identical' : 'DIFFERENT'} to ${file}: ${summary}`);
  if (!same) {
    for (const l of lost.slice(0, 20)) console.log(`- ${l}`);
    for (const l of gained.slice(0, 20)) console.log(`+ ${l}`);
    if (!lost.length && !gained.length) console.log('  (same findings in another order)');
    process.exit(1);
  }
} else {
  console.error('usage: findings-snapshot.ts record|check [file]');
  process.exit(2);
}
