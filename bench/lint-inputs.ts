// What the speed guards lint: every note and sentence set under test/fixtures (each sentence as a
// note, in its file's language and with the language detected, and each set as one note of
// paragraphs), the packs' own examples, and the bench corpus. Used by bench/findings-snapshot.ts
// and test/extra/phrase-gate.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LintOptions } from '../src/core/lint/engine.js';
import type { Lang } from '../src/core/ports.js';
import { PACK_DATA } from '../src/core/lint/packs/generated.js';
import { corpus, longNote } from './corpus.js';

const FIXTURES = 'test/fixtures';

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export interface Input { name: string; text: string; opts: LintOptions; }

export function inputs(withCorpus = true): Input[] {
  const out: Input[] = [];
  const files = walk(FIXTURES);
  for (const f of files.filter((p) => p.endsWith('.md'))) {
    out.push({ name: relative(FIXTURES, f), text: readFileSync(f, 'utf8'), opts: { path: relative(FIXTURES, f) } });
  }
  // Sentence sets: each line as a one-sentence note, in its file's language and with the language detected.
  for (const f of files.filter((p) => /sentences\.(en|fr)\.txt$/.test(p))) {
    const lang = /\.(en|fr)\.txt$/.exec(f)![1] as Lang;
    const texts: string[] = [];
    readFileSync(f, 'utf8').split('\n').forEach((l, i) => {
      if (!l.trim() || l.startsWith('#')) return;
      const k = l.indexOf(' | ');
      const text = `${(k >= 0 ? l.slice(k + 3) : l).trim()}\n`;
      texts.push(text);
      out.push({ name: `${relative(FIXTURES, f)}:${i + 1}`, text, opts: { lang } });
      out.push({ name: `${relative(FIXTURES, f)}:${i + 1}?`, text, opts: {} });
    });
    // The whole set as one note, a paragraph of three sentences at a time: offsets past the first sentence.
    const paras = Array.from({ length: Math.ceil(texts.length / 3) }, (_, i) => texts.slice(3 * i, 3 * i + 3).map((t) => t.trim()).join(' '));
    out.push({ name: `${relative(FIXTURES, f)}:all`, text: `${paras.join('\n\n')}\n`, opts: { lang } });
  }
  for (const d of PACK_DATA) {
    for (const kind of ['invalid', 'valid'] as const) {
      d.examples[kind].forEach((e, i) => out.push({ name: `${d.source}:${kind}:${i}`, text: `${e}\n`, opts: { lang: d.lang } }));
    }
  }
  if (!withCorpus) return out;
  out.push({ name: 'bench/long-note', text: longNote(), opts: {} });
  for (const n of corpus()) out.push({ name: `bench/${n.name}`, text: n.text, opts: { path: n.name } });
  return out;
}

