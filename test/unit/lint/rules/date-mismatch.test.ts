// date-mismatch through the engine: a weekday that does not match its date, with the year from the
// date, else the note's `date:`, else the clock the caller passes (never the real clock).
import assert from 'node:assert/strict';
import { isLiaisonMessage, lintNote } from '../../../../src/core/lint/engine.js';
import { applyFixes, safeFixes } from '../../../../src/core/lint/fix.js';
import type { Clock } from '../../../../src/core/ports.js';
import { clockOn, testClock } from '../../helpers/clock.js';

type Opts = { uiLang?: 'en' | 'fr'; clock?: Clock };
const lint = (text: string, opts: Opts = {}) => lintNote(text, { clock: testClock, ...opts });
function found(text: string, opts: Opts = {}): string[] {
  return lint(text, opts).messages.filter(m => m.ruleId === 'date-mismatch')
    .map(m => `${m.line}:${m.column}-${m.place && 'end' in m.place ? m.place.end.column : ''} ${m.reason}`);
}
// Only this rule's fixes: a typed note may also get a required-sections insert.
const fixed = (text: string, opts: Opts = {}): string =>
  applyFixes(text, safeFixes(lint(text, opts).messages.filter(isLiaisonMessage).filter(m => m.ruleId === 'date-mismatch').map(m => m.liaison)));

describe('date-mismatch', () => {
  it('EN: names the right weekday, and its safe fix writes it', () => {
    const text = '# Weekly update\n\nI will send the next update on Friday 26 November 2026.\n';
    assert.deepEqual(found(text), ['3:32-55 "Friday 26 November 2026" does not match: 26 November 2026 is a Thursday, not a Friday. Correct the weekday or the date.']);
    assert.equal(fixed(text), '# Weekly update\n\nI will send the next update on Thursday 26 November 2026.\n');
    assert.deepEqual(found(fixed(text)), []);
  });

  it('FR: a short weekday « ven. 3 déc. » is checked too, and fixed in the same short form', () => {
    const text = '---\ndate: 2026-11-27\n---\n# Calendrier révisé\n\nNouvelle date de mise en ligne : ven. 3 déc.\n';
    assert.equal(found(text).length, 1);
    assert.equal(fixed(text), '---\ndate: 2026-11-27\n---\n# Calendrier révisé\n\nNouvelle date de mise en ligne : jeu. 3 déc.\n');
    assert.deepEqual(found(fixed(text)), []);
  });

  it('FR: « vendredi 26 novembre » in a note dated 2026, message and fix in French', () => {
    const text = '---\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nJe vous recontacte le vendredi 26 novembre.\n';
    assert.deepEqual(found(text, { uiLang: 'fr' }), ['6:23-43 «\u00a0vendredi 26 novembre\u00a0» ne correspond pas\u00a0: le 26 novembre 2026 est un jeudi, pas un vendredi. Corrigez le jour ou la date.']);
    assert.equal(fixed(text), '---\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nJe vous recontacte le jeudi 26 novembre.\n');
  });

  it('the year comes from the note\'s date, then from today: same words, another year, no finding', () => {
    const text = '# Weekly update\n\nThe demo is on Friday 26 November.\n';
    assert.equal(found(text).length, 1, '26 November 2026 is a Thursday');
    assert.deepEqual(found(text, { clock: clockOn(2027, 11, 20) }), [], '26 November 2027 is a Friday');
    assert.deepEqual(found(`---\ndate: 2027-11-20\n---\n${text}`), [], 'the note\'s date wins over today');
    // Near the turn of the year the nearest year is meant: in a note of 1 December, 26 November is this year's.
    assert.equal(found('---\ndate: 2026-12-01\n---\n# Weekly update\n\nWe met on Friday 26 November.\n').length, 1);
  });

  it('keeps the writer\'s style: capitals, short English names, slashes', () => {
    assert.equal(fixed('# Update\n\nDemo: Fri 27 Nov 2026? No, FRIDAY 26 NOVEMBER 2026.\n'), '# Update\n\nDemo: Fri 27 Nov 2026? No, THURSDAY 26 NOVEMBER 2026.\n');
    assert.equal(fixed('# Update\n\nDemo on Wed, Nov 26.\n'), '# Update\n\nDemo on Thu, Nov 26.\n');
    assert.equal(fixed('---\nlang: fr\n---\n# Point\n\nOn se reparle lundi 8/12.\n'), '---\nlang: fr\n---\n# Point\n\nOn se reparle mardi 8/12.\n');
  });

  it('right weekdays, dates without weekday, code and headings', () => {
    assert.deepEqual(found('# Update\n\nThursday 26 November 2026, Tuesday 1 December, « le mardi 8 décembre », on 27 November.\n\n`Friday 26 November 2026`\n'), []);
    assert.equal(found('# Update\n\n## Next update: Friday 26 November\n\nSee above.\n').length, 1, 'a heading is read too');
  });

  it('a promise dated before the note, EN and FR; a past fact is fine', () => {
    assert.deepEqual(found('---\ndate: 2026-11-20\n---\n# Update\n\nWe will deliver the payment page on 16 November. The login page went live on 16 November.\n'), [
      "6:37-48 This promise is dated 16 November 2026, before the note's date (20 November 2026): give a date still to come.",
    ]);
    assert.deepEqual(found('---\ndate: 2026-11-20\n---\n# Point\n\nNous livrerons la page de paiement le 16 novembre.\n', { uiLang: 'fr' }), [
      '6:39-50 Cet engagement est daté du 16 novembre 2026, avant la date de la note (20 novembre 2026)\u00a0: donnez une date à venir.',
    ]);
    assert.deepEqual(found('---\ndate: 2026-11-20\n---\n# Point\n\nJe vous enverrai la facture le 5 janvier.\n'), [], 'January is ahead, not ten months back');
    assert.deepEqual(found('---\ndate: 2026-11-20\n---\n# Update\n\nWe will deliver it on Monday 16 November.\n'), [
      "6:23-41 This promise is dated 16 November 2026, before the note's date (20 November 2026): give a date still to come.",
    ], 'a right weekday in a past promise: one finding');
  });

  it('a past next contact in a typed note is reported once, by next-contact-date ("has passed")', () => {
    const text = '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\n## Next update\n\nI will send the next update on Monday 16 November.\n';
    const msgs = lint(text).messages.filter(m => m.ruleId === 'date-mismatch' || m.ruleId === 'next-contact-date').map(m => `${m.ruleId} ${m.reason}`);
    assert.deepEqual(msgs, ['next-contact-date The next contact date (Monday 16 November) has passed: give a date still to come.']);
  });
});

describe('next-contact-date: a date that has passed', () => {
  it('EN and FR say it has passed, not that it is days away', () => {
    const en = '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\n## Next update\nMonday 16 November.\n';
    const fr = '---\ntype: status\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\n## Prochain point\nLe lundi 16 novembre.\n';
    const got = (t: string, uiLang: 'en' | 'fr') => lint(t, { uiLang }).messages.filter(m => m.ruleId === 'next-contact-date').map(m => `${m.line}:${m.column} ${m.reason}`);
    assert.deepEqual(got(en, 'en'), ['8:1 The next contact date (Monday 16 November) has passed: give a date still to come.']);
    assert.deepEqual(got(fr, 'fr'), ['8:4 La date du prochain contact (lundi 16 novembre) est déjà passée\u00a0: donnez une date à venir.']);
  });
});
