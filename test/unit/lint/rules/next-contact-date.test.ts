// next-contact-date through the engine: the ways good writers give the next contact, in both
// languages, count; a status note keeps the weekly cadence, other notes may go to twice that.
import assert from 'node:assert/strict';
import { isLiaisonMessage, lintNote, type LiaisonMessage } from '../../../../src/core/lint/engine.js';
import { testClock } from '../../helpers/clock.js';

const status = (lang: 'en' | 'fr', line: string): string => lang === 'fr'
  ? `---\ntype: status\ndate: 2026-11-20\n---\n# Point de la semaine\n\nCette semaine, j'ai terminé les fiches produits. La semaine prochaine, je m'attaque aux courriels. Rien ne bloque. Pourriez-vous m'envoyer le logo ?\n\n${line}\n`
  : `---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\nThis week I finished the product pages. Next week I'm moving on to the order emails. Nothing is blocking me. Could you send me the logo?\n\n${line}\n`;
const found = (text: string): string[] => lintNote(text, { clock: testClock }).messages.filter(m => m.ruleId === 'next-contact-date').map(m => m.reason);

describe('next-contact-date: the ways people give the next contact', () => {
  for (const line of ["I'll be back in touch on Friday 27 November.", 'Catch up Monday 23rd?', "Next week's update lands Friday 27 November.", "I'll drop you a line Friday, 27 Nov.",
    "I'll let you know by Friday 27 November.", "I'll give you a bell on Monday 23rd.", 'I\'ll circle back Wednesday.', 'Next sync: 2026-11-26.',
    "See you at Tuesday's meeting (Nov 24).", 'More from me on Friday.', 'I suggest a quick call on Tuesday 24 November.', "I'll telephone on Tuesday 24 November at 10.30.", "I'll pop in with a demo on Thursday 26 November.",
    "I'll check again Tuesday 24th and nudge you then if needed.", "I'll check the account again on Friday 27 November and write to you then."]) {
    it(`EN: ${line}`, () => assert.deepEqual(found(status('en', line)), []));
  }
  for (const line of ['Je te redonne des nouvelles mardi 24.', 'Je te fais un petit topo vendredi 27.', 'Prochain envoi vendredi 27 novembre.', 'Je ferai un suivi le jeudi 26 novembre.', "On s'appelle lundi 23 ?",
    'je te redis lundi 23 quand les créneaux sont en place', 'Je vérifierai le compte le vendredi 27 novembre et reviendrai vers vous à cette date.',
    'Je vous dirai le mercredi 25 novembre si tout est passé.',
    'On se cale un appel mardi 24 à 14 h ?', 'On se jase de ça lundi.', 'Rendez-vous téléphonique fixé au 24/11 à 9 h.', 'Suite au prochain épisode vendredi 27 !',
    'On refait un tour mardi 24.', 'Je vous propose un point téléphonique le mardi 24 novembre à 10 h.', 'Nouvelles de ma part vendredi 27.', 'Je passerai faire une démonstration le jeudi 26 novembre.']) {
    it(`FR: ${line}`, () => assert.deepEqual(found(status('fr', line)), []));
  }

  it('a French weekday with its day and no month is that day: « jeudi 3 » is 3 December, beyond a weekly cadence', () => {
    assert.match(found(status('fr', 'Je te redonne des nouvelles jeudi 3.'))[0] ?? '', /3 December|3 décembre/);
  });

  it('a status note keeps the cadence; a delay note may name its next contact up to twice as far (EN, FR)', () => {
    assert.equal(found(status('en', "I'll send the next update on Tuesday 1 December.")).length, 1);
    const delay = (body: string) => `---\ntype: delay\ndate: 2026-11-20\n---\n# Delay notice\n\n${body}\n`;
    assert.deepEqual(found(delay("The members' area moves to Tuesday 1 December.\n\nI'll confirm on Monday 30 November that we're on track.")), []);
    assert.deepEqual(found(delay("L'espace membres passe au mardi 1er décembre.\n\nJe vous confirme le lundi 30 novembre que tout est dans les temps.")), []);
    assert.equal(found(delay("The members' area moves to Tuesday 1 December.\n\nI'll confirm on Monday 14 December.")).length, 1);
  });

  it('the call just after the client\'s decision date hears the decision: a risk note may name it (EN, FR)', () => {
    const risk = (lang: 'en' | 'fr', decision: string, next: string) => lang === 'fr'
      ? `---\ntype: risk\nlang: fr\ndate: 2026-12-03\n---\n# Risque : le flux des marées ferme\n\n## Le risque\nLe flux gratuit ferme le vendredi 29 janvier 2027.\n\n## Options\n1. Passer au flux payant : 8 000 FCFA par mois, une demi-journée.\n2. Saisir les tables à la main : gratuit, une heure par mois.\n\n## Recommandation\nL'option 1.\n\n## Décision\n${decision}\n\n## Prochain contact\n${next}\n`
      : `---\ntype: risk\nlang: en\ndate: 2026-12-03\n---\n# Risk: the tide feed closes\n\n## Risk\nThe free feed closes on Friday 29 January 2027.\n\n## Options\n1. Move to the paid feed: £12 a month, half a day.\n2. Enter the tables by hand: no cost, an hour a month.\n\n## Recommendation\nOption 1.\n\n## Decision by\n${decision}\n\n## Next contact\n${next}\n`;
    assert.deepEqual(found(risk('en', 'Wednesday 13 January 2027.', 'Phone call on Thursday 14 January 2027 at 9:00.')), []);
    assert.deepEqual(found(risk('fr', "D'ici le mercredi 13 janvier 2027.", 'Appel le jeudi 14 janvier 2027 à 9 h.')), []);
    // Weeks after the decision date is silence again.
    assert.equal(found(risk('en', 'Wednesday 13 January 2027.', 'Phone call on Thursday 28 January 2027 at 9:00.')).length, 1);
  });
});

describe('next-contact-date: the suggested date follows the note, never a fixed day', () => {
  const note = (lang: 'en' | 'fr', date: string, body: string): string => lang === 'fr'
    ? `---\ntype: status\ndate: ${date}\n---\n# Point hebdomadaire\n\n${body}\n`
    : `---\ntype: status\ndate: ${date}\n---\n# Weekly update\n\n${body}\n`;
  const finding = (text: string) => (lintNote(text, { clock: testClock }).messages.find(m => isLiaisonMessage(m) && m.ruleId === 'next-contact-date') as LiaisonMessage).liaison;
  // Reference + 7 days, back to Friday on a weekend: 2026-12-10 (Thu) -> Thu 17 Dec;
  // 2027-03-05 (Fri) -> Fri 12 Mar; 2027-03-06 (Sat) -> Sat 13 Mar -> Fri 12 Mar.
  const cases = [
    { date: '2026-12-10', en: 'Thursday 17 December', fr: 'jeudi 17 décembre' },
    { date: '2027-03-06', en: 'Friday 12 March', fr: 'vendredi 12 mars' },
  ];
  for (const c of cases) {
    it(`a missing next contact on ${c.date} suggests ${c.en} in the message and the snippet (EN)`, () => {
      const f = finding(note('en', c.date, 'The login page is done.'));
      assert.ok(f.message.en.includes(c.en), f.message.en);
      assert.ok(f.fixes[0]!.text.includes(`\${1:${c.en}}`), f.fixes[0]!.text);
      assert.doesNotMatch(f.message.en + f.fixes[0]!.text, /27 November/);
    });
    it(`a missing next contact on ${c.date} suggests ${c.fr} in the message and the snippet (FR)`, () => {
      const f = finding(note('fr', c.date, 'La page de connexion est terminée.'));
      assert.ok(f.message.fr.includes(c.fr), f.message.fr);
      assert.ok(f.fixes[0]!.text.includes(`\${1:${c.fr}}`), f.fixes[0]!.text);
      assert.doesNotMatch(f.message.fr + f.fixes[0]!.text, /27 novembre/);
    });
    it(`a vague next contact on ${c.date} is shown ${c.en} / ${c.fr}`, () => {
      assert.ok(finding(note('en', c.date, 'The login page is done. I will keep you posted next week.')).message.en.includes(`on ${c.en}`));
      assert.ok(finding(note('fr', c.date, 'La page de connexion est terminée. Je vous tiens au courant la semaine prochaine.')).message.fr.includes(`le ${c.fr}`));
    });
  }
});
