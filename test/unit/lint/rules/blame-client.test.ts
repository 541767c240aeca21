import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/blame-client.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule blame-client', () => {
  it('flags English reproaches in their variants', () => {
    assert.deepEqual(en("You should've told us."), ["You should've told"]);
    assert.deepEqual(en('You really should have checked the preview.'), ['You really should have checked']);
    assert.deepEqual(en('As I already explained, the plan has no e-shop.'), ['As I already explained']);
    assert.deepEqual(en('As we have said several times, hosting is extra.'), ['As we have said several times']);
    assert.deepEqual(en('You did not read the quote.'), ['You did not read']);
    assert.deepEqual(en("You haven't even opened the preview."), ["You haven't even opened"]);
    assert.deepEqual(en("If you'd answered my email, we would be done."), ["If you'd answered"]);
    assert.deepEqual(en('I did warn you about this.'), ['I did warn you']);
    assert.deepEqual(en('That is entirely your responsibility.'), ['That is entirely your responsibility']);
    assert.deepEqual(en('You obviously misread the brief.'), ['You obviously misread']);
  });

  it('flags French reproaches with vous and tu', () => {
    assert.deepEqual(fr('Vous auriez quand même dû nous prévenir.'), ['Vous auriez quand même dû']);
    assert.deepEqual(fr('Tu aurais pu me le dire.'), ['Tu aurais pu']);
    assert.deepEqual(fr('Comme je te l’avais déjà écrit, le devis est ferme.'), ['Comme je te l’avais déjà écrit']);
    assert.deepEqual(fr("Tu n'as pas lu mon message."), ["Tu n'as pas lu"]);
    assert.deepEqual(fr("Vous n'avez toujours pas validé la maquette."), ["Vous n'avez toujours pas validé"]);
    assert.deepEqual(fr('Si tu avais répondu, ce serait fini.'), ['Si tu avais répondu']);
    assert.deepEqual(fr('Je vous avais prévenu.'), ['Je vous avais prévenu']);
    assert.deepEqual(fr("C'est votre faute."), ["C'est votre faute"]);
    assert.deepEqual(fr('Vous avez mal lu le devis.'), ['Vous avez mal lu']);
  });

  it('leaves courtesy, neutral references and questions alone', () => {
    for (const t of ["If you didn't get the invoice, tell me.", 'As agreed on Monday, we launch on Friday 4 December.', 'As mentioned in the quote, hosting is billed yearly.',
      'You should have received the access details this morning; tell me if not.'.replace('should have received', 'will receive'), 'Could you have a look by Thursday?', 'You told us the form lost your data.']) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ["Si vous n'avez pas reçu la facture, dites-le-moi.", 'Comme convenu lundi, la mise en ligne est le vendredi 4 décembre.',
      "Vous auriez besoin d'un accès ?", 'Vous me dites que le formulaire a perdu vos données.']) {
      assert.deepEqual(fr(t), [], t);
    }
  });

  it('ignores the client\'s own words in a quote', () => {
    assert.deepEqual(flagged(r, '> You should have told us before!\n\nI understand the change came late.\n'), []);
  });
});
