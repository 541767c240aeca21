// The greeting addresses the client as the profile says (default: the first name) and the closing
// fits the weekday the note is written on, in English and French; every closing lints clean.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { addressOf, closing, greeting } from '../../../src/core/templates/courtesy.js';
import { addDays, loadTemplate, renderNote, type Day } from '../../../src/core/templates/index.js';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { clockOn } from '../helpers/clock.js';
import { LANGS } from '../../../src/core/ports.js';

const monday: Day = { year: 2026, month: 11, day: 30 };
const week = [0, 1, 2, 3, 4, 5, 6].map(n => addDays(monday, n));

describe('greetings and closings', () => {
  it('greets by first name by default, by the form of address when the profile gives one', () => {
    assert.equal(greeting({ contact: 'Julie Tremblay' }, 'en'), 'Hi Julie,');
    assert.equal(greeting({ contact: 'Julie Tremblay' }, 'fr'), 'Bonjour Julie,');
    assert.equal(greeting({ contact: 'Marie Durand', addressAs: 'Madame Durand' }, 'fr'), 'Bonjour Madame Durand,');
    assert.equal(greeting({ contact: 'Marie Durand', addressAs: 'Ms Durand' }, 'en'), 'Dear Ms Durand,');
    assert.equal(greeting({ contact: 'Marie Durand', addressAs: 'Marie' }, 'en'), 'Hi Marie,');
  });

  it('keeps a title with the name, spelled out in French', () => {
    assert.equal(greeting({ contact: 'Mme Dufresne' }, 'fr'), 'Bonjour Madame Dufresne,');
    assert.equal(greeting({ contact: 'M. Roy' }, 'fr'), 'Bonjour Monsieur Roy,');
    assert.equal(greeting({ contact: 'Dr Patel' }, 'en'), 'Dear Dr Patel,');
    assert.deepEqual(addressOf({ contact: 'Mme' }, 'fr'), undefined);
  });

  it('says hello to nobody in particular when the profile names no contact', () => {
    assert.equal(greeting(undefined, 'en'), 'Hello,');
    assert.equal(greeting({}, 'fr'), 'Bonjour,');
  });

  it('closes for the day: a good week on Monday, a good weekend on Friday, never a weekend wish on a Tuesday', () => {
    assert.deepEqual(week.map(d => closing(d, 'en')), ['Have a good week,', 'Have a good day,', 'Have a good day,', 'Have a good day,',
      'Have a good weekend,', 'Best regards,', 'Best regards,']);
    assert.deepEqual(week.map(d => closing(d, 'fr')), ['Bonne semaine,', 'Bonne journée,', 'Bonne journée,', 'Bonne journée,',
      'Bon week-end,', 'Bien cordialement,', 'Bien cordialement,']);
  });

  it('a weekly update written any day of the week opens with the greeting, signs off for that day and, filled in, lints clean', async () => {
    const src = { fs: nodeFileSystem, builtinDir: join(__dirname, '../../../templates') };
    const profile = { client: { name: 'Boulangerie Tremblay', contact: 'Julie Tremblay' }, project: 'Commande en ligne', freelancer: { name: 'Alex Martin' } };
    for (const lang of LANGS) {
      const { template } = await loadTemplate(src, 'status', lang);
      for (const today of week) {
        // Every blank filled, as a writer would: what is left must be the greeting and the closing.
        const set = Object.fromEntries(Object.keys(template.meta.variables).map(k => [k, `${lang === 'fr' ? 'texte' : 'text'} ${k}`]));
        const text = renderNote(template, { lang, profile, clock: clockOn(today.year, today.month, today.day), set }, 'text').text;
        assert.match(text, lang === 'fr' ? /\nBonjour Julie,\n/ : /\nHi Julie,\n/);
        assert.ok(text.includes(`\n${closing(today, lang)}\nAlex Martin`), `${lang} ${today.day}: ${text.slice(-80)}`);
        const found = lintNote(text, { path: 'status.md', lang, uiLang: 'en', cadenceDays: 7, glossary: [], clock: clockOn(today.year, today.month, today.day) }).messages;
        assert.deepEqual(found.map(m => `${m.ruleId} ${m.reason}`), [], `${lang}, day ${today.day}`);
      }
    }
  });

  it('example dates in hints are computed from today, not fixed', async () => {
    const src = { fs: nodeFileSystem, builtinDir: join(__dirname, '../../../templates') };
    const { template } = await loadTemplate(src, 'incident', 'en');
    const text = renderNote(template, { lang: 'en', clock: clockOn(2026, 12, 1) }, 'text').text;
    assert.match(text, /I noticed it \[when, e\.g\. this morning or on Monday 30 November 2026\]\./);
    const fr = (await loadTemplate(src, 'incident', 'fr')).template;
    const t2 = renderNote(fr, { lang: 'fr', clock: clockOn(2027, 3, 2) }, 'text').text;
    assert.match(t2, /Je l'ai constaté \[quand, par ex\. ce matin ou le lundi 1er mars 2027\]\./);
  });
});
