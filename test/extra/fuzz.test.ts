// Fuzz: thousands of random and hostile inputs (binary, Markdown soup, mutated notes, broken front
// matter, deep nesting, huge tables, 10 MB). The engine must never throw, never hang (a time
// budget per input), report positions inside the text, and no rule may crash.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testClock } from '../unit/helpers/clock.js';
import { lintNote } from '../../src/core/lint/engine.js';
import { NOTE_TYPE_IDS } from '../../src/core/notes/note-types.js';

const clock = testClock;
const SEED = Number(process.env.FUZZ_SEED ?? 20261120);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const TOKENS = [
  '# ', '## ', '### ', '###### ', '> ', '- ', '* ', '1. ', '  ', '    ', '\n', '\n\n', '\r\n', '\t', '---\n', '***', '___', '**', '__', '*', '_', '~~', '`', '```\n', '~~~',
  '[', ']', '(', ')', '[^1]', '[a]: http://x\n', '<', '>', '<!--', '-->', '<!-- liaison-disable -->', '<!-- liaison-enable -->', '<!-- liaison-disable-next-line vague-timing -->',
  '| a | b |\n', '|---|---|\n', '| 300 € | 2 days |\n', '|', ':', '\\', '&amp;', '&#x0;', 'http://example.com', 'www.x.fr', 'a@b.c',
  'Options', 'Option A: 300 €, 2 days.', 'Recommendation', 'I recommend option B.', 'Next update', 'Prochain point', 'Friday 27 November', 'vendredi 27 novembre à 10 h',
  'soon', 'ASAP', 'bientôt', 'dans les plus brefs délais', 'next week', 'the developer made a mistake', 'vous auriez dû', "it's not my fault", 'URGENT!!!', 'API', 'DNS',
  'I understand that', 'Je comprends que', 'because', 'parce que', 'risk', 'risque', 'Which option do you prefer?', 'Quelle option préférez-vous ?', '31/02', '2026-13-45', 'yesterday', 'hier',
  'é', 'ü', '’', '\u00a0', '\u202f', '\u2028', '\u0000', '\uFEFF', '\uD800', '😀', 'ﷺ', 'İ', 'ß', 'ﬃ',
];

function soup(r: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += r() < 0.8 ? TOKENS[Math.floor(r() * TOKENS.length)]! : String.fromCharCode(Math.floor(r() * 0x3000));
  return out;
}

function binary(r: () => number, n: number): string {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(r() * 256);
  return r() < 0.5 ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('latin1').decode(bytes);
}

const goodDir = 'test/fixtures/lint/good';
const good = readdirSync(goodDir).filter(f => f.endsWith('.md')).map(f => readFileSync(join(goodDir, f), 'utf8'));

function mutate(r: () => number, text: string): string {
  let t = text;
  const ops = 1 + Math.floor(r() * 6);
  for (let i = 0; i < ops; i++) {
    const a = Math.floor(r() * t.length), b = Math.min(t.length, a + Math.floor(r() * 200));
    const k = r();
    if (k < 0.3) t = t.slice(0, a) + t.slice(b);
    else if (k < 0.6) t = t.slice(0, a) + t.slice(a, b).repeat(1 + Math.floor(r() * 20)) + t.slice(b);
    else if (k < 0.8) t = t.slice(0, a) + soup(r, 10) + t.slice(a);
    else t = t.slice(0, a) + t.slice(a, b).toUpperCase() + t.slice(b);
  }
  return t;
}

const BROKEN_FRONT_MATTER = [
  '---\n', '---\ntype: status', '---\ntype: [status\n---\n# Weekly update\n', '---\ntype: 42\ndate: yesterday\nlang: de\n---\n', '---\n: : :\n---\n',
  '---\n- a\n- b\n---\n', '---\ndate: 2026-02-31\ntype: incident\n---\n# Imprévu\n', '---\na: &a [1]\nb: *a\nc: *nope\n---\n', '---\n\ttype: status\n---\n',
  '\uFEFF---\ntype: reply\n---\n# Réponse\n', '---\r\ntype: status\r\ndate: 2026-11-20\r\n---\r\n# Weekly update\r\n', '---\n' + 'k: v\n'.repeat(5000) + '---\n',
];

function check(text: string, budgetMs: number, label: string, path?: string): void {
  const t = performance.now();
  let file;
  try { file = lintNote(text, { clock, path }); }
  catch (e) { assert.fail(`${label}: threw ${(e as Error).stack}`); }
  const ms = performance.now() - t;
  assert.ok(ms < budgetMs, `${label}: took ${ms.toFixed(0)} ms (budget ${budgetMs} ms)`);
  for (const m of file.messages) {
    assert.ok(m.ruleId && m.source === 'liaison', `${label}: message without ruleId/source`);
    assert.ok(!/failed on this note/.test(m.reason), `${label}: ${m.reason}`);
    const end = m.place && 'end' in m.place ? m.place.end : undefined;
    assert.ok((m.line ?? 0) >= 1 && (m.column ?? 0) >= 1 && end && (end.offset ?? 0) <= text.length, `${label}: bad position`);
  }
}

describe('fuzz: random and hostile notes', function () {
  this.timeout(600_000);

  it(`${COUNT} random inputs (seed ${SEED}): no throw, no hang, positions inside the text`, () => {
    const r = rng(SEED);
    for (let i = 0; i < COUNT; i++) {
      const kind = i % 5;
      const type = NOTE_TYPE_IDS[Math.floor(r() * NOTE_TYPE_IDS.length)];
      const fm = r() < 0.6 ? `---\ntype: ${type}\ndate: 2026-11-${10 + Math.floor(r() * 20)}\n---\n` : '';
      const text = kind === 0 ? binary(r, Math.floor(r() * 4096))
        : kind === 1 ? fm + soup(r, Math.floor(r() * 1500))
          : kind === 2 ? mutate(r, good[Math.floor(r() * good.length)]!)
            : kind === 3 ? BROKEN_FRONT_MATTER[Math.floor(r() * BROKEN_FRONT_MATTER.length)]! + soup(r, Math.floor(r() * 300))
              : fm + '# ' + soup(r, 5) + '\n\n' + Array.from({ length: 1 + Math.floor(r() * 30) }, () => soup(r, 1 + Math.floor(r() * 40))).join('\n\n');
      check(text, 5000, `input #${i} (kind ${kind}, seed ${SEED})`, r() < 0.3 ? `notes/${type}-${i}.md` : undefined);
    }
  });

  const K = 250 * 1024;
  const hostile: Record<string, () => string> = {
    'deep blockquotes': () => '> '.repeat(K / 2) + 'soon',
    'deep lists': () => '- '.repeat(K / 2) + 'x',
    'quote-list nesting': () => '> - '.repeat(K / 4) + 'x',
    'indented list ladder': () => Array.from({ length: 3000 }, (_, i) => ' '.repeat(i % 400) + '- item soon').join('\n'),
    'emphasis delimiters': () => '*_'.repeat(K / 2),
    'open brackets': () => '['.repeat(K),
    'unclosed links': () => '[a](b '.repeat(K / 6),
    'footnote refs': () => '[^a]'.repeat(K / 4),
    'reference definitions': () => '[a]: b\n'.repeat(K / 7),
    'huge table': () => '---\ntype: incident\n---\n# Imprévu\n\n## Options\n\n| Option | Coût | Délai |\n|---|---|---|\n' + '| A | 300 € | 2 jours |\n'.repeat(K / 25),
    'table of one-char rows': () => '| a |\n|---|\n' + '|x\n'.repeat(K / 3),
    'very wide table': () => '|' + ' a |'.repeat(20000) + '\n|' + '---|'.repeat(20000) + '\n' + ('|' + ' x |'.repeat(20000) + '\n').repeat(3),
    'many headings': () => '---\ntype: status\n---\n' + '## Options\n'.repeat(K / 11),
    'one long line of vague words': () => 'soon ASAP bientôt '.repeat(K / 18),
    'dates everywhere': () => '---\ntype: status\ndate: 2026-11-20\n---\n' + 'I will call you on Friday 27 November. '.repeat(K / 40),
    'binary 256 KiB': () => binary(rng(7), K),
    '10 MB of notes': () => ('# Weekly update\n\nI will send it soon. THE DEVELOPER MADE A MISTAKE!!! ' + 'x'.repeat(40) + '\n').repeat(10 * 1024 * 1024 / 100),
    '10 MB on one line': () => 'a'.repeat(10 * 1024 * 1024),
    'YAML alias bomb': () => '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntype: status\n---\n# x\n',
    'unclosed code fence': () => '---\ntype: status\n---\n```\n' + 'soon\n'.repeat(K / 5),
    'html blocks': () => '<div>'.repeat(K / 5),
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`hostile: ${name}`, () => check(make(), 30_000, name));
  }
});
