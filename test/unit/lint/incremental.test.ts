// Incremental lint (src/core/lint/incremental.ts): parsed chunks kept by their text give the same
// findings as a fresh lint, an edit re-parses only the chunk it touches, and a stale run stops.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintNote } from '../../../src/core/lint/engine.js';
import { fixedClock } from '../../../src/core/ports.js';
import { ChunkCache, lintNoteIncremental } from '../../../src/core/lint/incremental.js';
import { parseBounded } from '../../../src/core/markdown/bounded-parse.js';
import { parseMarkdown } from '../../../src/core/markdown/processor.js';

const clock = fixedClock(new Date(2026, 10, 20));
const dirs = ['test/fixtures/lint/good', 'test/fixtures/lint/bad'];
const fixtures = dirs.flatMap(d => readdirSync(d).filter(f => f.endsWith('.md')).map(f => ({ name: f, text: readFileSync(join(d, f), 'utf8') })));
const view = (text: string, cache?: ChunkCache) => lintNote(text, { clock, parseCache: cache }).messages.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);

/** A note of several chunks: a real one with its middle grown past the 8 KiB chunk size. */
function longNote(lang: 'en' | 'fr'): string {
  const base = fixtures.find(f => f.name === `status-${lang}.md`)!.text;
  const para = lang === 'en'
    ? (i: number) => `Paragraph ${i}. The order emails read well on phones; the shipping step is *ready* for your test on Wednesday 25 November.\n`
    : (i: number) => `Paragraphe ${i}. Les e-mails de commande se lisent bien sur mobile ; l’étape de livraison est *prête* pour votre test le mercredi 25 novembre.\n`;
  const i = base.indexOf('\n## ', base.indexOf('\n## ') + 1);
  return base.slice(0, i) + '\n' + Array.from({ length: 150 }, (_, k) => para(k + 1)).join('\n') + base.slice(i);
}

describe('incremental lint', () => {
  it('the chunk cache gives the findings of a fresh lint, on every fixture (EN and FR), cold and warm', () => {
    const cache = new ChunkCache();
    for (const f of fixtures) {
      const fresh = view(f.text);
      assert.deepEqual(view(f.text, cache), fresh, `${f.name} (cold)`);
      assert.deepEqual(view(f.text, cache), fresh, `${f.name} (warm)`);
    }
    assert.ok(cache.hits > 0);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: a one-character edit re-parses one chunk and reports what a fresh lint reports`, () => {
      const note = longNote(lang);
      const cache = new ChunkCache();
      parseBounded(note, { cache });
      const chunks = cache.misses;
      assert.ok(chunks >= 3, `the note spans ${chunks} chunks`);
      // Turn a correct weekday into a wrong one in the middle of the note: a new finding appears.
      const at = note.indexOf(lang === 'en' ? 'Wednesday 25 November' : 'mercredi 25 novembre', Math.floor(note.length / 2));
      const edited = note.slice(0, at) + (lang === 'en' ? 'Thursday' : 'jeudi') + note.slice(at + (lang === 'en' ? 9 : 8));
      const before = { hits: cache.hits, misses: cache.misses };
      const got = view(edited, cache);
      assert.equal(cache.misses - before.misses, 1, 'only the edited chunk was parsed again');
      assert.equal(cache.hits - before.hits, chunks - 1);
      assert.deepEqual(got, view(edited));
      assert.ok(got.some(m => m.includes('date-mismatch')), 'the wrong weekday is reported');
    });
  }

  it('cached trees are never changed by a lint that uses them', () => {
    const note = longNote('en');
    const cache = new ChunkCache();
    const first = JSON.stringify(parseBounded(note, { cache }).tree);
    view('Intro line.\n\n' + note, cache); // the same chunks, shifted down: positions must not leak back
    assert.equal(JSON.stringify(parseBounded(note, { cache }).tree), first);
  });

  it('the cache drops the least recently used chunks past its size', () => {
    const cache = new ChunkCache(100);
    const tree = { type: 'root', children: [] } as const;
    cache.set('a'.repeat(40), { ...tree, children: [] });
    cache.set('b'.repeat(40), { ...tree, children: [] });
    assert.ok(cache.get('a'.repeat(40)), 'a is used again: b is now the oldest');
    cache.set('c'.repeat(40), { ...tree, children: [] });
    assert.equal(cache.get('b'.repeat(40)), undefined);
    assert.ok(cache.get('a'.repeat(40)) && cache.get('c'.repeat(40)));
    assert.equal(cache.size, 2);
  });

  it('a run made stale stops before it finishes, and reports nothing', async () => {
    const note = longNote('fr');
    let steps = 0;
    const stale = await lintNoteIncremental(note, { clock }, { isCancelled: () => ++steps > 3, pause: () => Promise.resolve() });
    assert.equal(stale, undefined);
    assert.equal(steps, 4, 'asked between steps, and stopped at the first "yes"');
    const done = await lintNoteIncremental(note, { clock }, { isCancelled: () => false, pause: () => Promise.resolve() });
    assert.deepEqual(done!.messages.map(m => m.reason), lintNote(note, { clock }).messages.map(m => m.reason));
  });

  it('a newer edit cancels the run in progress (the editor controller pattern)', async () => {
    const note = longNote('en');
    let version = 1;
    const lintAt = (v: number) => lintNoteIncremental(note, { clock }, { isCancelled: () => version !== v, pause: () => new Promise(r => setImmediate(r)) });
    const first = lintAt(1);
    version = 2; // the user typed while the first run was in progress
    const second = lintAt(2);
    assert.equal(await first, undefined);
    assert.ok(await second);
  });
});

describe('bounded parse: plain one-line blocks need no parser', () => {
  const plain = (t: unknown) => JSON.parse(JSON.stringify(t)) as unknown;
  const lines = ['a', 'The login page is done.', 'Livraison prévue : jeudi 26 novembre, à 10 h.', 'Prix : 300 € (HT), soit 2 jours/homme.',
    'Question « simple » ?', 'Email me at tom@example.com or see https://example.com/a-b.', 'Don’t worry, it’s 50% done; 2+2=4.', 'x = y - z'];

  it('gives the tree micromark gives, positions included (EN and FR prose, punctuation)', () => {
    const text = lines.map(l => `${l}\n\n`).join('');
    assert.deepEqual(plain(parseBounded(text).tree.children), plain(parseMarkdown(text).children));
  });

  it('leaves to micromark every line with syntax in it', () => {
    for (const l of ['*a*', '- a', '1. a', '# a', '> a', 'a  ', '`a`', 'a_b_', '[a]', 'a &amp; b', 'a\\', '  a', 'a|b', 'A <b>']) {
      const text = `${l}\n\nplain line\n\n`;
      assert.deepEqual(plain(parseBounded(text).tree.children), plain(parseMarkdown(text).children), JSON.stringify(l));
    }
  });
});
