// `npm run bench`: the linter. Time to lint a ~200-line note and a 1 MB corpus of notes with every
// rule, as a ratio to (a) parsing the same text with the same remark pipeline alone and (b)
// markdownlint's default rules (sync API) on the same text, all measured in this process.
// Warm-up first, then the median of several runs. Aim: lint <= 1.3x parse, >= 2x faster than markdownlint.
import { lint as markdownlint } from 'markdownlint/sync';
import { lintNote } from '../src/core/lint/engine.js';
import { fixedClock } from '../src/core/ports.js';
import { parseMarkdown } from '../src/core/markdown/processor.js';
import { RULES } from '../src/core/lint/registry.js';
import { ChunkCache, LintMemo } from '../src/core/lint/incremental.js';
import { corpus, longNote } from './corpus.js';

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

function time(fn: () => unknown, runs: number): number {
  fn(); fn(); // warm-up (JIT, caches), not counted
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    out.push(cpuMs(fn));
  }
  return median(out);
}

const notes = corpus().map(n => n.text);

function report(name: string, texts: string[], runs: number): void {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const parse = time(() => { for (const t of texts) parseMarkdown(t); }, runs);
  const lint = time(() => { for (const t of texts) lintNote(t, { clock }); }, runs);
  const mdl = time(() => { markdownlint({ strings: Object.fromEntries(texts.map((t, i) => [`n${i}.md`, t])) }); }, runs);
  const findings = texts.reduce((n, t) => n + lintNote(t, { clock }).messages.length, 0);
  console.log(`${name}: ${texts.length} note(s), ${lines} lines, ${(bytes / 1024).toFixed(0)} KiB, ${findings} findings, ${RULES.length} rules`);
  console.log(`  parse (remark pipeline alone) ${parse.toFixed(1)} ms | lint ${lint.toFixed(1)} ms | markdownlint ${mdl.toFixed(1)} ms (medians of ${runs})`);
  console.log(`  lint / parse = ${(lint / parse).toFixed(2)}x (aim <= 1.3x)   markdownlint / lint = ${(mdl / lint).toFixed(2)}x faster (aim >= 2x)`);
}

/** A one-character edit in the ~200-line note (a new place each run, as typing does) against a full
 *  lint, as the editor runs it (src/vscode/lazy/lint-engine.ts): with the chunk cache and the
 *  sentence memo (lint/incremental.ts, lint/memo.ts) warm from the previous text. */
function oneCharEdit(runs: number): void {
  const note = longNote();
  const full = time(() => lintNote(note, { clock }), runs);
  const cache = new ChunkCache();
  const memo = new LintMemo();
  let k = 0;
  const at = () => { const p = Math.floor(note.length * (0.3 + 0.4 * ((k++ * 0.618) % 1))); return note.slice(0, p) + 'Q' + note.slice(p + 1); };
  lintNote(note, { clock, parseCache: cache, memo });
  const edit = time(() => lintNote(at(), { clock, parseCache: cache, memo }), runs);
  console.log(`one-character edit in the ~200-line note (${note.length} bytes): full lint ${full.toFixed(1)} ms | after one edit ${edit.toFixed(1)} ms (medians of ${runs})`);
  console.log(`  one-char edit / full lint = ${(edit / full).toFixed(2)}x (aim <= 0.25x)`);
}
if (process.argv.includes('--edit-only')) oneCharEdit(15);
else {
  report('~200-line note', [longNote()], 15);
  report('1 MB corpus', notes, 5);
  oneCharEdit(15);
}
