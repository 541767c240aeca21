import { strict as assert } from 'node:assert';
import { findDates } from '../../../../src/core/lint/text/dates.js';

const ref = new Date('2026-11-23T09:00:00Z'); // a Monday
const one = (t: string, langs: Array<'en' | 'fr'> = ['en']) => {
  const d = findDates(t, langs, ref);
  return d.map((x) => ({ text: x.text, concrete: x.concrete, day: `${x.date.getMonth() + 1}/${x.date.getDate()}` }));
};

describe('text/dates', () => {
  it('reads concrete English dates', () => {
    assert.deepEqual(one('I will send it on Friday 27 November.'), [{ text: 'on Friday 27 November', concrete: true, day: '11/27' }]);
    assert.deepEqual(one('Due 27/11.').map((d) => d.concrete), [true]);
    assert.deepEqual(one('Due Nov 30.').map((d) => d.day), ['11/30']);
    assert.deepEqual(one('Payment is due on the 30th.').map((d) => [d.concrete, d.day]), [[true, '11/30']]);
    assert.deepEqual(one('Call me tomorrow.').map((d) => [d.concrete, d.day]), [[true, '11/24']]);
    assert.deepEqual(one('I will ship it on Friday.').map((d) => [d.concrete, d.day]), [[true, '11/27']]);
  });

  it('reads concrete French dates', () => {
    assert.deepEqual(one('Rendez-vous jeudi 3 décembre à 10 h.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '12/3']]);
    assert.deepEqual(one('Livraison le 3 déc.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '12/3']]);
    assert.deepEqual(one('Je vous rappelle demain.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/24']]);
    assert.deepEqual(one('Paiement avant le 27.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/27']]);
    assert.deepEqual(one('Je vous envoie ça le 1er.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '12/1']]);
    assert.deepEqual(one("d'ici vendredi", ['fr']).map((d) => d.concrete), [true]);
    // Short weekdays with a dot, and dotted day.month as Swiss and Belgian writers put them (a decimal is no date).
    assert.deepEqual(one('Prochain point : ven. 27.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/27']]);
    assert.deepEqual(one('Prochain point : 27.11.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/27']]);
    assert.deepEqual(one('Rendez-vous le jeudi 26.11.2026.', ['fr']).map((d) => d.day), ['11/26']);
    assert.deepEqual(one('Le total est de 27.11 € et la version 2.4.1 est en ligne.', ['fr']), []);
    assert.deepEqual(one('It grew by 12.5. See section 3.2. for details.'), []);
    // Typed with the typographic apostrophe, as French keyboards and editors write it.
    assert.deepEqual(one('Aujourd’hui à 15 h, s’il vous plaît.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/23']]);
    assert.deepEqual(one('Dites-moi d’ici 14 h aujourd’hui.', ['fr']).map((d) => d.concrete), [true]);
  });

  it('reads the usual closing-line forms, with hours written « 10 h » and short weekdays', () => {
    const fr = (t: string) => one(t, ['fr']).map((d) => [d.text, d.concrete, d.day]);
    assert.deepEqual(fr('Je vous rappelle le 3/12 à 10 h.'), [['3/12 à 10 h', true, '12/3']]);
    assert.deepEqual(fr('On se reparle mardi prochain 14 h.'), [['mardi prochain 14 h', true, '12/1']]);
    assert.deepEqual(fr('Nouvelle date : jeu. 3 déc.'), [['jeu. 3 déc.', true, '12/3']]);
    assert.deepEqual(fr('Rendez-vous le jeudi 3 décembre à 10 h 30.').map(([t]) => t), ['jeudi 3 décembre à 10 h 30']);
    assert.deepEqual(one('Next call: Dec 3 at 10am.').map((d) => [d.concrete, d.day]), [[true, '12/3']]);
    assert.deepEqual(one('Next update: Thu 3rd.').map((d) => [d.concrete, d.day]), [[true, '11/26']]);
    assert.deepEqual(fr('Fermé du mardi 24 au vendredi 27 novembre.').map(([, c, d]) => [c, d]), [[true, '11/24']]);
  });

  it('reads a French weekday with a day of the month and no month as that day (« jeudi 3 », « mardi 24 au plus tard »)', () => {
    assert.deepEqual(one('Je te redonne des nouvelles jeudi 3.', ['fr']), [{ text: 'jeudi 3', concrete: true, day: '12/3' }]);
    assert.deepEqual(one('Sous peu, mardi 24 au plus tard.', ['fr']).map((d) => [d.concrete, d.day]), [[true, '11/24']]);
    assert.deepEqual(one('On se parle vendredi 27 à 10 h.', ['fr']).filter((d) => d.concrete).map((d) => d.day), ['11/27']);
    assert.deepEqual(one('Le jeudi 3 décembre.', ['fr']).map((d) => d.day), ['12/3']);
  });

  it('reads "Fri 4/12" day first when the weekday says so, or when both fit and day first is nearer', () => {
    // 4 December 2026 is a Friday, 12 April 2027 a Monday; 1 December 2026 and 12 January 2027 are both Tuesdays.
    assert.deepEqual(one('Starts Mon 30/11, ready Fri 4/12.').map((d) => d.day), ['11/30', '12/4']);
    assert.deepEqual(one('Next update Tue 1/12.').map((d) => d.day), ['12/1']);
    // An American date whose weekday fits month first stays month first; without a weekday chrono decides.
    assert.deepEqual(one('Launch on Fri 1/8.').map((d) => d.day), ['1/8']);
    assert.deepEqual(one('Due on 1/12.').map((d) => d.day), ['1/12']);
  });

  it('reads the last part of a mention chrono merged across a comma ("the morning tomorrow, Wednesday 25 November")', () => {
    assert.deepEqual(one("I'll send a recap of the morning tomorrow, Wednesday 25 November, by 10:00.").filter((d) => d.concrete).map((d) => d.day), ['11/25']);
  });

  it('marks weeks, months and fuzzy counts as not concrete', () => {
    for (const t of ['next week', 'in a few days', 'later this week', 'in December', 'by end of month']) {
      assert.ok(one(t).every((d) => !d.concrete), t);
    }
    for (const t of ['la semaine prochaine', 'dans les prochains jours', "d'ici quelques jours", 'fin novembre']) {
      assert.ok(one(t, ['fr']).every((d) => !d.concrete), t);
    }
  });

  it('treats a count made fuzzy by what follows as not concrete ("in a day or two")', () => {
    assert.deepEqual(one('I will send it in a day or two.').map((d) => d.concrete), [false]);
    assert.deepEqual(one('Je l\'envoie dans un jour ou deux.', ['fr']).map((d) => d.concrete), [false]);
    assert.deepEqual(one('I will send it in 2 days.').map((d) => d.concrete), [true]);
  });

  it('ignores numbers that are not dates', () => {
    assert.deepEqual(one('We fixed 3-4 bugs and half (1/2) of the pages. Version 2.1 is out.'), []);
    assert.deepEqual(one('Il reste 2 pages et le 27 h de travail.', ['fr']).filter((d) => d.concrete), []);
  });

  it('offsets spans and reads both languages when mixed', () => {
    const d = findDates('Hello.\nLivraison le 3 déc., call me tomorrow.', ['en', 'fr'], ref, 10);
    assert.deepEqual(d.map((x) => x.text), ['3 déc.', 'tomorrow']);
    assert.equal(d[0]!.span.start, 10 + 'Hello.\nLivraison le '.length);
  });
});
