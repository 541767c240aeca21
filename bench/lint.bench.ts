// `npm run bench`: the linter. Time to lint a ~200-line note and a 1 MB corpus of notes with every
// rule, as a ratio to (a) parsing the same text with the same remark pipeline alone and (b)
// markdownlint's default rules (sync API) on the same text, all measured in this process.
// Warm-up first, then the median of several runs. Aim: lint <= 1.3x parse, >= 2x faster than markdownlint.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import { lintNote } from '../src/core/lint/engine.js';
import { parseMarkdown } from '../src/core/markdown/processor.js';
import { RULES } from '../src/core/lint/registry.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const today = new Date(2026, 10, 20);

function time(fn: () => unknown, runs: number): number {
  fn(); fn(); // warm-up (JIT, caches), not counted
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(out);
}

const dir = 'test/fixtures/lint/good';
const notes = readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(dir, f), 'utf8'));

/** A long weekly note: one real status note with its sections grown to ~200 lines. */
function longNote(): string {
  const base = notes.find(n => n.includes('type: status') && n.includes('lang: en'))!;
  const extra = Array.from({ length: 60 }, (_, i) => `- Item ${i + 1}: the product page now shows the photo sizes you asked for, and the checkout keeps your basket for ${i + 2} days.`).join('\n');
  const more = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. I checked the order emails with your wording from last week; they read well on phones and on the desktop.\nThe shipping step is ready for your test on Wednesday 25 November.\n`).join('\n');
  return base.replace('## Planned next', `${extra}\n\n${more}\n## Planned next`);
}

/** ~1 MB of notes: the good corpus, varied so no two notes are identical. */
function corpus(): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const n = notes[i % notes.length]!.replace(/Hello|Bonjour/, m => `${m} (${i})`);
    out.push(n);
    size += n.length;
  }
  return out;
}

function report(name: string, texts: string[], runs: number): void {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const parse = time(() => { for (const t of texts) parseMarkdown(t); }, runs);
  const lint = time(() => { for (const t of texts) lintNote(t, { today }); }, runs);
  const mdl = time(() => { markdownlint({ strings: Object.fromEntries(texts.map((t, i) => [`n${i}.md`, t])) }); }, runs);
  const findings = texts.reduce((n, t) => n + lintNote(t, { today }).messages.length, 0);
  console.log(`${name}: ${texts.length} note(s), ${lines} lines, ${(bytes / 1024).toFixed(0)} KiB, ${findings} findings, ${RULES.length} rules`);
  console.log(`  parse (remark pipeline alone) ${parse.toFixed(1)} ms | lint ${lint.toFixed(1)} ms | markdownlint ${mdl.toFixed(1)} ms (medians of ${runs})`);
  console.log(`  lint / parse = ${(lint / parse).toFixed(2)}x (aim <= 1.3x)   markdownlint / lint = ${(mdl / lint).toFixed(2)}x faster (aim >= 2x)`);
}

report('~200-line note', [longNote()], 15);
report('1 MB corpus', corpus(), 5);
