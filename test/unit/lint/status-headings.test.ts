// Status notes written naturally: the headings freelancers use are the sections the type needs,
// in both languages (no required-sections finding), and their closing line's date is concrete.
import assert from 'node:assert/strict';
import { sectionIdOf } from '../../../src/core/notes/sections.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { clockOn } from '../helpers/clock.js';

const HEADINGS: Record<string, string[]> = {
  done: ['Ce qui a été fait', 'Réalisé cette semaine', 'Avancées de la semaine', 'Ce qui est terminé', 'What got done', 'Shipped this week', "What's done"],
  next: ['Prochaines étapes', 'À venir', 'Au programme', 'La suite', 'Next steps', "What's next", 'In progress'],
  blockers: ['Points de blocage', 'Ce qui bloque', 'Points de vigilance', 'Roadblocks', "What's blocking", 'Open issues'],
  needed: ["Ce dont j'ai besoin de votre part", 'En attente de votre côté', 'De votre côté', 'En attente de ton côté', "Ce que j'attends de vous", 'On your side', 'Awaiting your input', 'For your review'],
};

const note = (lang: 'en' | 'fr', h: string[], closing: string) =>
  `---\ntype: status\nlang: ${lang}\ndate: 2026-12-01\n---\n# ${lang === 'fr' ? 'Point de la semaine' : 'Weekly update'}\n\n## ${h[0]}\n\n- ${lang === 'fr' ? "La page d'accueil est en ligne." : 'The home page is live.'}\n\n## ${h[1]}\n\n- ${lang === 'fr' ? 'Le formulaire de contact.' : 'The contact form.'}\n\n## ${h[2]}\n\n${lang === 'fr' ? 'Rien ne bloque le projet.' : 'Nothing is blocking the project.'}\n\n## ${h[3]}\n\n${lang === 'fr' ? 'Les textes de la page « À propos », d’ici le jeudi 3 décembre.' : 'The About page text by Thursday 3 December.'}\n\n${closing}\n`;

describe('status notes written naturally', () => {
  for (const [id, headings] of Object.entries(HEADINGS)) {
    it(`headings for "${id}" in a status note`, () => {
      assert.deepEqual(headings.map(h => [h, sectionIdOf(h, 'status')]), headings.map(h => [h, id]));
    });
  }

  for (const closing of ['Je vous recontacte le jeudi 10 décembre.', 'On se reparle mardi 8/12.', "Je te reviens d'ici le 4.", 'Rendez-vous mardi 8 décembre pour la démo.']) {
    it(`FR closing line « ${closing} » is a dated next contact`, () => {
      const found = lintNote(note('fr', ['Ce qui a été fait', 'Prochaines étapes', 'Points de blocage', "Ce dont j'ai besoin de votre part"], closing), { clock: clockOn(2026, 12, 1) });
      assert.deepEqual(found.messages.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`), []);
    });
  }

  it('EN closing line "Talk on Tuesday 8 December." is a dated next contact', () => {
    const found = lintNote(note('en', ['What got done', 'Next steps', 'Roadblocks', 'On your side'], 'Talk on Tuesday 8 December.'), { clock: clockOn(2026, 12, 1) });
    assert.deepEqual(found.messages.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`), []);
  });

  it('a vague closing line is still reported (FR)', () => {
    const found = lintNote(note('fr', ['Ce qui a été fait', 'Prochaines étapes', 'Points de blocage', 'De votre côté'], 'Je vous recontacte la semaine prochaine.'), { clock: clockOn(2026, 12, 1), uiLang: 'fr' });
    assert.deepEqual(found.messages.filter(m => m.ruleId === 'next-contact-date').map(m => `${m.line}:${m.column}`), ['24:1']);
  });
});
