// Front matter that parses but does not say what the writer meant: an unsupported language and a
// key written twice are warnings on their line, saying what is read instead, in both UI languages.
import assert from 'node:assert/strict';
import { lintNote } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';

const fmFindings = (text: string, uiLang: 'en' | 'fr' = 'en') =>
  lintNote(text, { clock: testClock, uiLang }).messages.filter(m => m.ruleId === 'front-matter');

describe('front matter checks: unsupported lang, duplicate keys', () => {
  for (const [body, readAs, en, fr] of [
    ['# Weekly update\n\nThe demo is on Friday 27 November and we will call you.\n', 'en',
      'This note is read as English.', 'Cette note est lue en anglais.'],
    ['# Point hebdomadaire\n\nLa démo a lieu le vendredi 27 novembre et nous vous appellerons.\n', 'fr',
      'This note is read as French.', 'Cette note est lue en français.'],
  ] as const) {
    it(`lang: de is a warning on its line that says what to use and how the note is read (${readAs})`, () => {
      const note = `---\ntype: status\nlang: de\ndate: 2026-11-20\n---\n${body}`;
      const [m] = fmFindings(note);
      assert.ok(m, 'a front-matter finding');
      assert.equal(m.fatal, false, 'a warning, not an error');
      assert.equal(m.line, 3);
      assert.equal(m.reason, `\`lang: de\` is not supported: use en or fr. ${en}`);
      assert.equal(fmFindings(note, 'fr')[0]!.reason, `\`lang: de\` n’est pas pris en charge\u00a0: utilisez en ou fr. ${fr}`);
    });
  }
  it('lang: en-GB, fr-CA, French and no lang at all give no warning', () => {
    for (const lang of ['en-GB', 'fr-CA', 'French', undefined]) {
      const note = `---\ntype: status\n${lang ? `lang: ${lang}\n` : ''}date: 2026-11-20\n---\n# Weekly update\n`;
      assert.deepEqual(fmFindings(note).map(m => m.reason), [], String(lang));
    }
  });
  it('a list or a number as lang is named as written', () => {
    assert.match(fmFindings('---\ntype: status\nlang: [de, it]\n---\n# Update\n')[0]!.reason, /^`lang: \["de","it"\]` is not supported/);
  });
  it('a type that is not one word and a date not as YYYY-MM-DD say they are not read (EN and FR)', () => {
    const note = '---\ntype: [status]\nlang: fr\ndate: 20/11/2026\n---\n# Point hebdomadaire\n';
    assert.deepEqual(fmFindings(note).map(m => [m.line, m.reason]), [
      [2, '`type: ["status"]` is not read: write one word, e.g. `type: status`. Until then the type comes from the title.'],
      [4, '`date: 20/11/2026` is not read: write it as YYYY-MM-DD, e.g. `date: 2026-11-20`. Until then the note is dated today.'],
    ]);
    assert.match(fmFindings(note, 'fr')[1]!.reason, /^`date: 20\/11\/2026` n’est pas lue\u00a0: écrivez-la au format AAAA-MM-JJ/);
    assert.deepEqual(fmFindings('---\ntype: status\ndate: 2026-11-20\n---\n# Update\n').map(m => m.reason), []);
    assert.deepEqual(fmFindings('---\ntype: status\ndate: 2026-11-20T09:30\n---\n# Update\n').map(m => m.reason), []);
  });
  it('type written twice: a warning naming both lines and the value that wins (EN and FR)', () => {
    const note = '---\ntype: status\nlang: en\ntype: risk\n---\n# Update\n';
    const [m] = fmFindings(note);
    assert.equal(m?.reason, '`type` is written 2 times in the front matter (lines 2, 4): only the last one (`risk`) is read. Keep one.');
    assert.equal(m.line, 2);
    assert.equal(fmFindings(note, 'fr')[0]!.reason, '`type` est écrit 2 fois dans le front matter (lignes 2, 4)\u00a0: seule la dernière valeur (`risk`) est lue. Gardez-en une.');
  });
  it('nested keys of the same name and list items are not duplicates', () => {
    const note = '---\ntype: status\nlang: fr\nclient:\n  name: A\nproject:\n  name: B\ntags:\n  - a\n  - a\n---\n# Point\n';
    assert.deepEqual(fmFindings(note).map(m => m.reason), []);
  });
  it('unclosed front matter and tabs stay one clear error each, no exception', () => {
    const open = fmFindings('---\ntype: status\nlang: fr\n# Point\n\nTexte.\n');
    assert.deepEqual(open.map(m => [m.fatal, m.reason]), [[true, 'front matter opened with `---` is never closed: add a `---` line after it']]);
    const tabs = fmFindings('---\ntype: status\n\tlang: en\n---\n# Update\n');
    assert.equal(tabs.length, 1);
    assert.match(tabs[0]!.reason, /^front matter is not valid YAML \(.*[Tt]ab.*\): fix it or remove the `---` block$/);
  });
});
