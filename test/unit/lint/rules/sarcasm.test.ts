import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/sarcasm.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule sarcasm', () => {
  it('flags unmistakable sarcasm in English', () => {
    assert.deepEqual(en('Thanks for nothing.'), ['Thanks for nothing']);
    assert.deepEqual(en('With all due respect, the brief was clear.'), ['With all due respect']);
    assert.deepEqual(en('Thanks for finally replying.'), ['Thanks for finally replying']);
    assert.deepEqual(en('In case you missed it, the invoice is overdue.'), ['In case you missed']);
    assert.deepEqual(en('Your "urgent" request arrived at 11 pm.'), ['"urgent"']);
    assert.deepEqual(en('Sure, because that worked so well last time.'), ['Sure, because that']);
  });

  it('flags unmistakable sarcasm in French', () => {
    assert.deepEqual(fr('Comme par hasard, le site plante.'), ['Comme par hasard']);
    assert.deepEqual(fr("Vous n'êtes pas sans savoir que le devis est signé."), ["Vous n'êtes pas sans savoir"]);
    assert.deepEqual(fr('Votre « petite » modification a pris trois jours.'), ['« petite »']);
    assert.deepEqual(fr('Bravo, vous avez réussi à supprimer la page.'), ['Bravo, vous avez réussi']);
  });

  it('leaves sincere thanks, wishes and plain references alone', () => {
    for (const t of ['Thanks for your quick reply.', 'As you know, the launch is on Friday 27 November.', 'Good luck with the launch!',
      'We added a "quick order" button.', 'Congratulations on the first orders!']) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ['Merci pour votre réponse rapide.', 'Comme vous le savez, la mise en ligne est le vendredi 27 novembre.',
      'Bonne chance pour le lancement !', 'Quelle belle réussite, bravo pour ce lancement !']) {
      assert.deepEqual(fr(t), [], t);
    }
  });

  it('ignores the client\'s words', () => {
    assert.deepEqual(flagged(r, '> Thanks for nothing.\n\nI understand the delay hurt your launch.\n'), []);
  });
});
