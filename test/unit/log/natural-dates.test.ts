// Dates typed in Log Exchange, read against a fixed clock (Tuesday 1 December 2026, 10:37 local),
// in English and French: what a person writes is read as they mean it, or refused with a message.
import { strict as assert } from 'node:assert';
import { formatWhen, readCommitmentLine, readDay, readWhen } from '../../../src/core/log/natural-dates.js';
import type { Clock } from '../../../src/core/ports.js';

const clock: Clock = { now: () => new Date(2026, 11, 1, 10, 37) };
const minute = (r: { ok: boolean; value?: string }) => (r.ok ? r.value!.slice(0, 16) : `error`);

describe('natural dates in the log', () => {
  describe('when an exchange happened (readWhen)', () => {
    const cases: [string, 'en' | 'fr', string][] = [
      ['', 'en', '2026-12-01T10:37'],
      ['now', 'en', '2026-12-01T10:37'],
      ['maintenant', 'fr', '2026-12-01T10:37'],
      ['yesterday 4 pm', 'en', '2026-11-30T16:00'],
      ['hier 16 h', 'fr', '2026-11-30T16:00'],
      ['hier à 16 h 30', 'fr', '2026-11-30T16:30'],
      ['aujourd’hui 9 h', 'fr', '2026-12-01T09:00'],
      ['today 9am', 'en', '2026-12-01T09:00'],
      // A weekday alone is the last one: on a Tuesday, "Friday" is 27 November, not 4 December.
      ['vendredi', 'fr', '2026-11-27T12:00'],
      ['Friday 2:30 pm', 'en', '2026-11-27T14:30'],
      ['lundi 9 h 30', 'fr', '2026-11-30T09:30'],
      ['Friday 27 November 3 pm', 'en', '2026-11-27T15:00'],
      ['vendredi 27 novembre', 'fr', '2026-11-27T12:00'],
      ['2026-11-30 14:00', 'en', '2026-11-30T14:00'],
      ['30/11 à 14 h', 'fr', '2026-11-30T14:00'],
      ['avant-hier 9 h', 'fr', '2026-11-29T09:00'],
      ['hier midi', 'fr', '2026-11-30T12:00'],
      ['lundi dernier à 10 h', 'fr', '2026-11-30T10:00'],
      ['last Friday', 'en', '2026-11-27T12:00'],
      // French typed in an English flow is still read.
      ['hier 16 h', 'en', '2026-11-30T16:00'],
    ];
    for (const [text, lang, want] of cases) it(`${lang}: “${text}” → ${want}`, () => assert.equal(minute(readWhen(text, lang, clock)), want));

    it('refuses what it cannot read, saying how to write it, in the flow language', () => {
      const en = readWhen('blah Friday', 'en', clock);
      assert.equal(en.ok, false);
      assert.match(!en.ok ? en.error : '', /Could not read “blah Friday” as a date\. Write it as “yesterday 4 pm”, “Friday” or 2026-12-01\./);
      const fr = readWhen('la semaine des quatre jeudis', 'fr', clock);
      assert.match(!fr.ok ? fr.error : '', /^Impossible de lire «\u00a0la semaine des quatre jeudis\u00a0» comme une date\./);
    });

    it('refuses a moment in the future: an exchange is logged once it happened', () => {
      const r = readWhen('demain 10 h', 'fr', clock);
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.error : '', /est dans le futur \(mercredi 2 décembre 2026 à 10\u00a0h\)/);
      assert.match((readWhen('Friday 4 December', 'en', clock) as { error: string }).error, /is in the future/);
    });

    it('says how it read the date, in words', () => {
      const r = readWhen('yesterday 4 pm', 'en', clock);
      assert.equal(r.ok && r.shown, 'Monday 30 November 2026 at 4\u00a0pm');
      const f = readWhen('hier 16 h 30', 'fr', clock);
      assert.equal(f.ok && f.shown, 'lundi 30 novembre 2026 à 16\u00a0h\u00a030');
    });
  });

  describe('a day to come (readDay)', () => {
    const cases: [string, 'en' | 'fr', string][] = [
      ['vendredi', 'fr', '2026-12-04'], ['Friday', 'en', '2026-12-04'], ['mercredi', 'fr', '2026-12-02'],
      ['Friday 4 December', 'en', '2026-12-04'], ['vendredi 4 décembre', 'fr', '2026-12-04'], ['le 4 décembre', 'fr', '2026-12-04'],
      ['4 Dec', 'en', '2026-12-04'], ['demain', 'fr', '2026-12-02'], ['tomorrow', 'en', '2026-12-02'], ['2026-12-04', 'fr', '2026-12-04'],
      ['le 27', 'fr', '2026-12-27'], ['on the 3rd', 'en', '2026-12-03'],
    ];
    for (const [text, lang, want] of cases) it(`${lang}: “${text}” → ${want}`, () => {
      const r = readDay(text, lang, clock);
      assert.equal(r.ok && r.value, want);
    });

    it('refuses a period: a client cannot hold you to "next week"', () => {
      const r = readDay('next week', 'en', clock);
      assert.match(!r.ok ? r.error : '', /“next week” is a period, not a day\. Name the day/);
      const f = readDay('la semaine prochaine', 'fr', clock);
      assert.match(!f.ok ? f.error : '', /«\u00a0la semaine prochaine\u00a0» désigne une période, pas un jour\./);
    });
  });

  describe('a commitment line', () => {
    it('reads a natural due date after @, in both languages', () => {
      const fr = readCommitmentLine('moi : corriger le réglage @vendredi', 'fr', clock);
      assert.deepEqual(fr.ok && fr.value, { by: 'me', what: 'corriger le réglage', due: '2026-12-04', state: 'open' });
      const en = readCommitmentLine('client: send the photos @Friday 4 December', 'en', clock);
      assert.deepEqual(en.ok && en.value, { by: 'client', what: 'send the photos', due: '2026-12-04', state: 'open' });
      const none = readCommitmentLine('me: call back', 'en', clock);
      assert.deepEqual(none.ok && none.value, { by: 'me', what: 'call back', state: 'open' });
    });

    it('never drops a due date it cannot read: the line is an error', () => {
      const r = readCommitmentLine('moi : corriger le réglage @un de ces jours', 'fr', clock);
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.error : '', /«\u00a0un de ces jours\u00a0»/);
      const bad = readCommitmentLine('send it', 'en', clock);
      assert.match(!bad.ok ? bad.error : '', /Write “me: what @when”/);
    });
  });

  it('writes a moment in words without the time when none was given', () => {
    assert.equal(formatWhen(new Date(2026, 11, 4, 12), 'fr', false), 'vendredi 4 décembre 2026');
    assert.equal(formatWhen(new Date(2026, 11, 1, 0, 5), 'en'), 'Tuesday 1 December 2026 at 12:05\u00a0am');
  });
});
