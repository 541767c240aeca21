import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/blame-colleague.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged, run } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule blame-colleague', () => {
  it('flags a third party with a fault frame in English', () => {
    assert.deepEqual(en('The developer made a mistake.'), ['The developer made a mistake']);
    assert.deepEqual(en('Our designer really messed up the colours.'), ['Our designer really messed up']);
    assert.deepEqual(en("That's down to our hosting provider."), ["That's down to our hosting provider"]);
    assert.deepEqual(en("It's the printer's fault."), ["the printer's fault"]);
    assert.deepEqual(en('My accountant sent that letter.'), ['My accountant sent that']);
    assert.deepEqual(en('Take it up with our supplier.'), ['Take it up with our supplier']);
    assert.deepEqual(en('The subcontractors were at fault.'), ['The subcontractors were at fault']);
  });

  it('flags a third party with a fault frame in French, with or without article', () => {
    assert.deepEqual(fr("C'est le technicien qui s'est trompé."), ["C'est le technicien qui s'est trompé"]);
    assert.deepEqual(fr('Voyez avec mon comptable.'), ['Voyez avec mon comptable']);
    assert.deepEqual(fr("C'est la faute du prestataire."), ["C'est la faute du prestataire"]);
    assert.deepEqual(fr("C'est la faute de l'hébergeur."), ["C'est la faute de l'hébergeur"]);
    assert.deepEqual(fr('Nos sous-traitants se sont trompés.'), ['Nos sous-traitants se sont trompés']);
    assert.deepEqual(fr("L'erreur vient de notre fournisseur."), ["L'erreur vient de notre fournisseur"]);
    assert.deepEqual(fr('La stagiaire a fait une bourde.'), ['La stagiaire a fait une bourde']);
  });

  it('does not flag neutral mentions of the same people', () => {
    for (const t of ["Our hosting provider restored last night's backup.", 'Our designer will send the icons on Tuesday 24 November.',
      'The developer on our side is testing the fix.', 'We made a mistake and we are sorry.']) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ['Notre hébergeur a restauré la sauvegarde.', 'Le graphiste vous enverra les icônes mardi.', 'Nous nous sommes trompés, toutes nos excuses.']) {
      assert.deepEqual(fr(t), [], t);
    }
  });

  it('ignores the client\'s words', () => {
    assert.deepEqual(flagged(r, '> Your developer made a mistake.\n\nWe are sorry: we made a mistake.\n'), []);
  });
});

describe('rule blame-colleague: the message fits any third party', () => {
  const message = (text: string, lang: 'en' | 'fr') => run(r, `${text}\n`, { lang })[0]!.message;
  for (const [text, lang] of [["That's down to our hosting provider.", 'en'], ['Take it up with our supplier.', 'en'], ["C'est la faute de l'hébergeur.", 'fr'], ['Voyez avec mon comptable.', 'fr']] as const) {
    it(`${lang.toUpperCase()}: « ${text} » is not called someone inside the business`, () => {
      const m = message(text, lang);
      assert.doesNotMatch(m.en, /inside your business/);
      assert.match(m.en, /a colleague, a subcontractor, a supplier, a tool/);
      assert.match(m.fr, /collègue, sous-traitant, fournisseur, outil/);
    });
  }
});
