// With a chunk cache (the editor's path), parseBounded parses each chunk in ~1 KiB units so an edit
// re-parses little. The units must give the very tree the whole chunk gives: checked on every
// fixture note grown past the unit size, and on seeded random notes made of the constructs that can
// join blocks across a blank line (lists, HTML blocks, definitions, "---", fences, quotes, tables).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBounded } from '../../../src/core/markdown/bounded-parse.js';
import { ChunkCache } from '../../../src/core/lint/incremental.js';

const dirs = ['test/fixtures/lint/good', 'test/fixtures/lint/bad', 'test/fixtures/phrases/good', 'test/fixtures/phrases/bad'];
const fixtures = dirs.flatMap(d => readdirSync(d).filter(f => f.endsWith('.md')).map(f => ({ name: `${d}/${f}`, text: readFileSync(join(d, f), 'utf8') })));

function same(text: string, name: string): number {
  const cache = new ChunkCache();
  const whole = parseBounded(text);
  const units = parseBounded(text, { cache });
  assert.deepEqual(units.tree, whole.tree, name);
  // And warm: every unit from the cache.
  assert.deepEqual(parseBounded(text, { cache }).tree, whole.tree, `${name} (warm)`);
  return cache.size;
}

/** A fixture grown past several units: its body (after the title) repeated. */
function grown(text: string): string {
  const at = text.indexOf('\n## ');
  if (at < 0) return text + ('\n' + text.replace(/^---[^]*?---\n/, '')).repeat(6);
  return text + text.slice(at).repeat(6);
}

const SNIPPETS = [
  'A plain paragraph with a few words about the delivery on Friday 27 November.',
  'Un paragraphe en français : la livraison est prévue le vendredi 27 novembre.',
  '- first item\n- second item',
  '- loose item one',
  '1. ordered one\n2. ordered two',
  '3) another ordered item',
  '* star item\n\n  continued in the item',
  '+ plus item',
  '> a quote from the client\n> on two lines',
  '## A heading',
  '# Titre',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '```\ncode\n\nwith a blank line\n```',
  '~~~\nfenced\n~~~',
  '<!-- liaison-disable vague-timing -->',
  '<!--\nan open comment\n\nover a blank line\n-->',
  '<div>\nhtml block\n</div>',
  '<pre>\npre\n\nformatted\n</pre>',
  '[ref]: https://example.com/a',
  'A [link][ref] and a footnote[^1].',
  '[^1]: The footnote text.',
  '---',
  '***',
  '---\ntitle: not front matter\n---',
  'Setext heading\n===',
  '- [ ] a task\n- [x] done',
  '~~struck~~ and *emphasis* and `code`',
  '    indented code after a blank line',
];

function randomNote(seed: number): string {
  let x = seed;
  const rnd = () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
  // A few constructs per note: one definition or open HTML block anywhere keeps a chunk whole.
  const pool = SNIPPETS.filter((s, i) => i < 2 || rnd() < (/^(?:<!--\n|<pre|\[)/.test(s) ? 0.08 : 0.4));
  const parts: string[] = ['---\ntype: status\ndate: 2026-11-20\n---\n# Update'];
  let size = 0;
  while (size < 3000 + rnd() * 9000) {
    const s = pool[Math.floor(rnd() * pool.length)]!;
    const filler = rnd() < 0.5 ? ` ${'Some more words to fill the block. '.repeat(Math.floor(rnd() * 8))}` : '';
    const block = /^[a-zA-Z]/.test(s) ? s + filler : s;
    parts.push(block);
    size += block.length;
  }
  return parts.map((p, i) => (i && rnd() < 0.15 ? '\n' : '') + p).join('\n\n') + '\n';
}

describe('parse units (chunk cache)', () => {
  it('every fixture note, grown past the unit size (EN and FR), parses to the same tree in units', () => {
    let split = 0;
    for (const f of fixtures) if (same(grown(f.text), f.name) > 1) split++;
    assert.ok(split > fixtures.length / 2, `${split} of ${fixtures.length} grown notes were cut in units`);
  });

  it('seeded random notes of the constructs that join blocks parse to the same tree in units', () => {
    let split = 0;
    for (let seed = 1; seed <= 150; seed++) if (same(randomNote(seed), `seed ${seed}`) > 1) split++;
    assert.ok(split > 60, `${split} of 150 random notes were cut in units`);
  });
});
