// The sentence memo (src/core/lint/memo.ts) kept across runs, as the editor keeps it: after every
// edit of an EN, FR or mixed-language note, the memoised and incremental lint reports exactly what a
// fresh lint of the edited text reports (positions, messages in both languages, fixes).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintNote, type LintOptions } from '../../../src/core/lint/engine.js';
import { fixedClock } from '../../../src/core/ports.js';
import { ChunkCache, LintMemo, lintNoteIncremental } from '../../../src/core/lint/incremental.js';
import { withMemo } from '../../../src/core/lint/memo.js';
import { findGroup, findInSentence, hasGroup } from '../../../src/core/lint/packs/index.js';
import { hasPhrase, matchFamily, normalizeText } from '../../../src/core/lint/text/phrases.js';
import { NEXT_CONTACT } from '../../../src/core/lint/cues.js';

const clock = fixedClock(new Date(2026, 10, 20));
const dir = 'test/fixtures/lint/good';
const note = (name: string) => readFileSync(join(dir, name), 'utf8');
const view = (text: string, options: LintOptions = {}) => lintNote(text, { clock, ...options }).messages
  .map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason} ${JSON.stringify((m as { liaison?: unknown }).liaison)}`);

/** Edits a writer makes, each applied to the text left by the previous one. */
const EDITS: Record<'en' | 'fr', Array<(t: string) => string>> = {
  en: [
    t => t.replace(/\n\n/, '\n\nWe will send the mockups soon.\n\n'),
    t => t.replace('soon', 'on Friday 26 November 2026'), // a wrong weekday: date-mismatch
    t => t.replace(/\.\n/, '. The back-end developer broke the export again.\n'),
    t => t.replace(/\n\n(?=[A-Z])/, '\n\nYou should have read the spec.\n\n'),
    t => t.replace(/a/, 'aa'),
    t => t.replace('You should have read the spec.', 'Je vous recontacte bientôt.'), // a French sentence in it
    t => t.replace(/Friday 26/, 'Thursday 26'),
  ],
  fr: [
    t => t.replace(/\n\n/, '\n\nNous corrigerons le problème dans les plus brefs délais.\n\n'),
    t => t.replace('dans les plus brefs délais', 'le vendredi 26 novembre'),
    t => t.replace(/\.\n/, '. C’est la faute du prestataire.\n'),
    t => t.replace(/e/, 'ee'),
    t => t.replace('C’est la faute du prestataire.', 'We will get back to you ASAP.'), // an English sentence in it
    t => t.replace(/vendredi 26/, 'jeudi 26'),
  ],
};

function mixed(): string {
  const en = note('status-en.md');
  const fr = note('status-fr.md').replace(/^---[^]*?---\n/, '');
  return `${en}\n${fr}`;
}

describe('sentence memo across edits (the editor path)', () => {
  const cases: Array<[string, 'en' | 'fr', string]> = [
    ['status-en.md', 'en', note('status-en.md')], ['reply-en.md', 'en', note('reply-en.md')],
    ['status-fr.md', 'fr', note('status-fr.md')], ['incident-fr.md', 'fr', note('incident-fr.md')],
    ['mixed EN+FR', 'en', mixed()], ['mixed FR+EN', 'fr', mixed()],
  ];
  for (const [name, lang, start] of cases) {
    it(`${name}: every edit reports what a fresh lint reports`, async () => {
      const cache = new ChunkCache();
      const memo = new LintMemo();
      let text = start;
      let changed = 0;
      for (const edit of [...EDITS[lang], ...EDITS[lang === 'en' ? 'fr' : 'en']]) {
        const next = edit(text);
        if (next !== text) changed++;
        text = next;
        const fresh = view(text);
        assert.deepEqual(view(text, { parseCache: cache, memo }), fresh, `${name} after edit ${changed}`);
        const inc = await lintNoteIncremental(text, { clock }, { cache, memo });
        assert.deepEqual(inc!.messages.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason} ${JSON.stringify((m as { liaison?: unknown }).liaison)}`), fresh);
      }
      assert.ok(changed >= 8, `${changed} edits changed the note`);
      assert.ok(memo.hits > memo.misses, `later runs answered from the memo (${memo.hits} hits, ${memo.misses} misses)`);
    });
  }

  it('the edits make the findings a user would see (the test lints something)', () => {
    let text = note('status-en.md');
    for (const e of EDITS.en.slice(0, 4)) text = e(text);
    const rules = new Set(lintNote(text, { clock }).messages.map(m => m.ruleId));
    for (const r of ['date-mismatch', 'blame-colleague', 'blame-client']) assert.ok(rules.has(r), `${r} in ${[...rules].join(', ')}`);
  });

  it('one memo serves other days and notes without mixing their answers', () => {
    const memo = new LintMemo();
    // "tomorrow" is a different day on each run: a date answer kept for another day would be wrong.
    const text = '---\ntype: status\n---\n# Weekly update\n\nThe login page is done.\n\n## Next update\nI will call you tomorrow.\n';
    const days = [new Date(2026, 10, 20), new Date(2026, 11, 2), new Date(2026, 10, 20)];
    const seen = new Set<string>();
    for (const day of days) {
      for (const lang of ['en', 'fr'] as const) {
        const fresh = view(text, { clock: fixedClock(day), lang });
        assert.deepEqual(view(text, { clock: fixedClock(day), lang, memo }), fresh, `${day.toDateString()} ${lang}`);
        seen.add(fresh.join('\n'));
      }
    }
    assert.ok(seen.size > 1, 'the day changes the findings');
    for (const f of readdirSync(dir).filter(n => n.endsWith('.md'))) assert.deepEqual(view(note(f), { memo }), view(note(f)), f);
  });

  it('keeps pack and cue answers apart by language, question and offset', () => {
    const memo = new LintMemo();
    const sentence = (text: string, langs: Array<'en' | 'fr'>, start: number) => ({ text, plain: text, norm: normalizeText(text), langs, span: { start, end: start + text.length } });
    const en = 'We will send the mockups soon.';
    withMemo(memo, () => {
      const a = findInSentence('vague-timing', sentence(en, ['en'], 10));
      assert.deepEqual(a.map(m => [m.text, m.span.start]), [['soon', 35]]);
      assert.deepEqual(findInSentence('vague-timing', sentence(en, ['fr'], 10)), [], 'the French pack does not read English');
      assert.deepEqual(findInSentence('vague-timing', sentence(en, ['en'], 100)).map(m => m.span.start), [125], 'moved to the new place');
      assert.deepEqual(findInSentence('blame-client', sentence(en, ['en'], 10)), [], 'another rule, another answer');
      assert.equal(hasGroup('vague-timing', 'future', sentence(en, ['en'], 0)), true);
      assert.equal(hasGroup('vague-timing', 'past', sentence(en, ['en'], 0)), false);
      assert.deepEqual(findGroup('vague-timing', 'exempt', sentence(en, ['en'], 0)), []);
      const next = 'I will send the next update on Friday.';
      assert.ok(matchFamily(NEXT_CONTACT, next, ['en'], 5).length >= 1);
      assert.equal(matchFamily(NEXT_CONTACT, next, ['fr'], 5).length, 0);
      assert.equal(hasPhrase(NEXT_CONTACT, next, ['fr']), false);
      assert.equal(hasPhrase(NEXT_CONTACT, next, ['en']), true);
      // Answers handed out are copies: changing one does not change the next.
      a[0]!.span.start = -1;
      assert.equal(findInSentence('vague-timing', sentence(en, ['en'], 10))[0]!.span.start, 35);
    });
    assert.ok(memo.hits >= 1 && memo.size >= 2);
  });

  it('stays within its byte bound and still answers right when it drops entries', () => {
    const memo = new LintMemo(16 * 1024);
    for (const f of readdirSync(dir).filter(n => n.endsWith('.md'))) {
      assert.deepEqual(view(note(f), { memo }), view(note(f)), f);
      assert.ok(memo.sizeBytes <= memo.maxBytes, `${memo.sizeBytes} bytes after ${f}`);
    }
    assert.ok(memo.size > 0);
  });
});

// Seeded random edits, as a writer types them: characters in and out, lines joined and split,
// headings and list items made and unmade, front matter changed (type, lang, date), sentences that
// raise findings pasted in. After every edit, the editor's path (chunk cache, list groups, sentence
// memo and per-sentence findings kept across edits) reports exactly what a fresh lint reports.
const PASTES = [
  'We will send the mockups soon.', 'You should have read the spec.', 'The back-end developer broke the export again.',
  'Nous corrigerons le problème dans les plus brefs délais.', 'C’est la faute du prestataire.', 'Which option do you prefer?',
  'The fix ships on Friday 26 November 2026.', 'La livraison est prévue le jeudi 26 novembre.', 'PLEASE ANSWER TODAY!!', 'TODO', 'The webhook payload is on staging.',
];
type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const lineStartsOf = (t: string) => [0, ...[...t.matchAll(/\n/g)].map(m => m.index + 1)].filter(i => i < t.length);
const RANDOM_EDITS: Array<(t: string, rnd: Rnd) => string> = [
  (t, rnd) => { const p = Math.floor(rnd() * t.length); return t.slice(0, p) + pick(rnd, ['a', 'é', ' ', '.', '*', '\n', '-']) + t.slice(p); },
  (t, rnd) => { const p = Math.floor(rnd() * t.length); return t.slice(0, p) + t.slice(p + 1 + Math.floor(rnd() * 5)); },
  (t, rnd) => { const nl = [...t.matchAll(/\n/g)].map(m => m.index); const p = nl.length ? pick(rnd, nl) : -1; return p < 0 ? t : t.slice(0, p) + ' ' + t.slice(p + 1); },
  (t, rnd) => { const p = pick(rnd, lineStartsOf(t)); return t.startsWith('## ', p) ? t.slice(0, p) + t.slice(p + 3) : t.slice(0, p) + '## ' + t.slice(p); },
  (t, rnd) => { const p = pick(rnd, lineStartsOf(t)); return t.startsWith('- ', p) ? t.slice(0, p) + t.slice(p + 2) : t.slice(0, p) + '- ' + t.slice(p); },
  (t, rnd) => { const p = pick(rnd, lineStartsOf(t)); return t.slice(0, p) + '\n' + t.slice(p); },
  (t, rnd) => { const p = pick(rnd, lineStartsOf(t)); return t.slice(0, p) + pick(rnd, PASTES) + ' ' + t.slice(p); },
  (t, rnd) => t.replace(/^date: .*$/m, `date: 2026-${pick(rnd, ['11-20', '11-26', '12-02', '02-30'])}`),
  (t, rnd) => t.replace(/^type: .*$/m, `type: ${pick(rnd, ['status', 'incident', 'reply', 'delay', 'risk', 'memo'])}`),
  (t, rnd) => (/^lang: /m.test(t) ? t.replace(/^lang: .*\n/m, rnd() < 0.5 ? '' : `lang: ${pick(rnd, ['en', 'fr'])}\n`) : t.replace(/^---\n/, `---\nlang: ${pick(rnd, ['en', 'fr'])}\n`)),
];

/** A long list (cut in item groups by the parser) in the note's second section. */
function withList(text: string, lang: 'en' | 'fr'): string {
  const item = lang === 'en'
    ? (i: number) => `- Item ${i}: the product page shows the photo sizes you asked for; the basket is kept ${i} days.`
    : (i: number) => `- Point ${i} : la page produit affiche les tailles de photo demandées ; le panier est gardé ${i} jours.`;
  const at = text.indexOf('\n## ', text.indexOf('\n## ') + 1);
  const list = '\n' + Array.from({ length: 30 }, (_, i) => item(i + 1)).join('\n') + '\n';
  return at < 0 ? text + list : text.slice(0, at) + '\n' + list + text.slice(at);
}

describe('random edits on the editor path', () => {
  const starts: Array<[string, string]> = [
    ['status-en.md', note('status-en.md')], ['status-fr.md', note('status-fr.md')],
    ['incident-en.md', note('incident-en.md')], ['reply-fr.md', note('reply-fr.md')],
    ['status-en.md with a long list', withList(note('status-en.md'), 'en')], ['incident-fr.md with a long list', withList(note('incident-fr.md'), 'fr')],
    ['mixed EN+FR', mixed()],
  ];
  starts.forEach(([name, start], n) => {
    it(`${name}: after each of 30 random edits, the findings of a fresh lint`, () => {
      let x = 7919 * (n + 1);
      const rnd = () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
      const cache = new ChunkCache();
      const memo = new LintMemo();
      let text = start;
      const seen = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const kind = Math.floor(rnd() * RANDOM_EDITS.length);
        text = RANDOM_EDITS[kind]!(text, rnd);
        const fresh = view(text);
        assert.deepEqual(view(text, { parseCache: cache, memo }), fresh, `${name} after edit ${i + 1} (kind ${kind})`);
        for (const f of fresh) seen.add(f.split(' ')[1]!);
      }
      assert.ok(seen.size >= 3, `the edits raised findings of several rules (${[...seen].join(', ')})`);
    });
  });
});
