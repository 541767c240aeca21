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

// Long lists: items that a cut before an item could change (nested, lazy, loose, tasks, other
// markers, breaks, quotes and code inside items, what follows the list).
const ITEMS = [
  (i: number) => `- Item ${i}: the product page shows the photo sizes you asked for, and the basket is kept ${i} days.`,
  (i: number) => `- Point ${i} : la page produit affiche les tailles de photo demandées ; le panier est gardé ${i} jours.`,
  (i: number) => `- item ${i} with a continuation\n  on an indented line`,
  (i: number) => `- item ${i} with a lazy line\nthat is not indented`,
  (i: number) => `- [ ] task ${i}\n- [x] done ${i}`,
  (i: number) => `- item ${i}\n  - nested one\n  - nested two`,
  (i: number) => `- item ${i}\n\n  a second paragraph in the item`,
  (i: number) => `- item ${i} then a blank line\n`,
  (i: number) => `* star item ${i}`,
  (i: number) => `+ plus item ${i}`,
  (i: number) => `1. ordered ${i}`,
  () => '- - -',
  () => '* * *',
  () => '-',
  () => '- ',
  () => 'A paragraph line between items.',
  () => '> a quote between items',
  (i: number) => `- item ${i}\n  > quoted in the item`,
  (i: number) => `- item ${i}\n      indented code in the item`,
  (i: number) => `- item ${i} ends with a hard break  \n  and goes on`,
  () => '---',
  () => '## A heading',
  () => '| a | b |\n|---|---|\n| 1 | 2 |',
  (i: number) => `- item ${i}\n  \`\`\`\n- in the item's code?\n  \`\`\``,
  () => '```\n- in a fence at column 0\n```',
  () => '<div>\n- in an HTML block\n</div>',
  (i: number) => `- item ${i} with a [link][ref]\n[ref]: https://example.com/a`,
];

function listNote(seed: number, keepRare: number): string {
  let x = seed;
  const rnd = () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
  const rare = (k: number) => k >= 8; // the shapes that end or change a list: a few per note
  const lines: string[] = ['---\ntype: status\n---\n# Update', '', '## Done this week', '- The product pages show the three photo sizes.', '- Checkout works with cards.', ''];
  const n = 30 + Math.floor(rnd() * 50);
  for (let i = 1; i <= n; i++) {
    let k = Math.floor(rnd() * ITEMS.length);
    if (rare(k) && rnd() > keepRare) k = Math.floor(rnd() * 2);
    lines.push(ITEMS[k]!(i));
  }
  lines.push('', rnd() < 0.5 ? 'A paragraph after the list.' : '- a loose item after a blank line', '');
  return lines.join('\n');
}

describe('parse units: long lists parsed in groups of items', () => {
  it('seeded random long lists parse to the same tree in groups as whole', () => {
    // Shapes that end a list now and then (most cuts fall back to a whole parse), and rarely (most cuts join).
    for (let seed = 1; seed <= 100; seed++) same(listNote(seed, 0.2), `list seed ${seed}`);
    for (let seed = 101; seed <= 200; seed++) same(listNote(seed, 0.02), `list seed ${seed}`);
  });

  it('a blank line between two items makes the joined list loose, wherever it falls', () => {
    const items = Array.from({ length: 60 }, (_, i) => ITEMS[i % 2]!(i + 1));
    for (let k = 1; k < 60; k++) {
      const text = `# Update\n\n${items.slice(0, k).join('\n')}\n\n${items.slice(k).join('\n')}\n`;
      same(text, `blank after item ${k}`);
    }
  });

  it('an edit in a 60-item list re-parses about one group, not the list (EN and FR)', () => {
    for (const k of [0, 1]) {
      const items = Array.from({ length: 60 }, (_, i) => ITEMS[k]!(i + 1)).join('\n');
      const text = `# Update\n\n## Done\n- First.\n- Second.\n\n${items}\n\nAfter the list.\n`;
      const cache = new ChunkCache();
      parseBounded(text, { cache });
      const at = text.indexOf('Item 30') + 3;
      const edited = text.slice(0, at) + 'Q' + text.slice(at + 1);
      const misses = cache.misses;
      const sizes: number[] = [];
      const spy = { get: (s: string) => cache.get(s), set: (s: string, t: Parameters<ChunkCache['set']>[1]) => { sizes.push(s.length); cache.set(s, t); } };
      assert.deepEqual(parseBounded(edited, { cache: spy }).tree, parseBounded(edited).tree);
      assert.equal(cache.misses - misses, 1, 'one group parsed again');
      assert.ok(sizes[0]! < 1024, `${sizes[0]} bytes parsed again, of a ${items.length}-byte list`);
    }
  });
});
