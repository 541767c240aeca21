import { strict as assert } from 'node:assert';
import { splitSentences } from '../../../../src/core/lint/text/sentences.js';
import { parseNote } from './helpers.js';

const split = (text: string, lang: 'en' | 'fr' = 'en', mixed = false) => splitSentences(parseNote(text), text, lang, mixed);

describe('text/sentences', () => {
  it('splits prose, keeps offsets into the full text, skips front matter and headings', () => {
    const text = '---\ntype: status\n---\n# Update\n\nWe shipped it. Next is QA!\n';
    const s = split(text);
    assert.deepEqual(s.map((x) => x.text), ['We shipped it.', 'Next is QA!']);
    for (const x of s) assert.equal(text.slice(x.span.start, x.span.end), x.text);
    assert.deepEqual(s.map((x) => x.section), [0, 0]);
  });

  it('does not split on abbreviations, initials, decimals or French times', () => {
    assert.deepEqual(split('Some pages, e.g. the home page, are slow. Version 2.5 is fine.').map((x) => x.text),
      ['Some pages, e.g. the home page, are slow.', 'Version 2.5 is fine.']);
    assert.deepEqual(split('J’ai vu M. Dupont hier, p. ex. pour la facture. Rendez-vous à 10 h 30 etc. et on verra.', 'fr').length, 2);
    assert.equal(split('Livraison le 3 déc. 2026 comme prévu.', 'fr').length, 1);
    assert.equal(split('Prochain point : ven. 27/11 à 10 h.', 'fr').length, 1);
    assert.equal(split('Next update: Thu. 26 Nov.').length, 1);
    assert.equal(split('We met on Sun. Then we left.').length, 2);
  });

  it('gives each list item and table cell its own sentence', () => {
    const s = split('- Login page done\n- Signup page in progress\n\n| Option | Cost |\n|---|---|\n| Patch now | 2 days |\n');
    assert.deepEqual(s.map((x) => x.text), ['Login page done', 'Signup page in progress', 'Option', 'Cost', 'Patch now', '2 days']);
  });

  it('marks blockquotes as quoted and blanks markup, code and URLs', () => {
    const text = '> You said it would be **done** by\n> Friday!\n\nRun `npm ci` on [the server](https://x.example/a.b).';
    const s = split(text);
    assert.equal(s[0]!.quoted, true);
    assert.match(s[0]!.text, /^You said it would be {3}done {3}by\s+ {2}Friday!$/);
    assert.equal(s[1]!.quoted, false);
    assert.ok(!s[1]!.text.includes('npm') && !s[1]!.text.includes('https'), s[1]!.text);
    assert.ok(s[1]!.text.includes('the server'));
  });

  it('counts sections among all headings and -1 before the first', () => {
    const s = split('Intro line.\n\n# A\n\ntext a\n\n## B\n\ntext b\n\n# C\n\ntext c');
    assert.deepEqual(s.map((x) => x.section), [-1, 0, 1, 2]);
  });

  it('detects each sentence language when the note is mixed', () => {
    const s = split('We fixed the bug yesterday. Nous avons corrigé le bug hier.', 'en', true);
    assert.deepEqual(s.map((x) => x.lang), ['en', 'fr']);
  });

  it('keeps French spaced punctuation inside the sentence', () => {
    assert.deepEqual(split('Merci beaucoup ! Vraiment ?', 'fr').map((x) => x.text), ['Merci beaucoup !', 'Vraiment ?']);
  });
});
