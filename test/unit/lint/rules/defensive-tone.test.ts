import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/defensive-tone.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule defensive-tone', () => {
  it('flags self-justification in English', () => {
    assert.deepEqual(en("It's really not my fault."), ["It's really not my fault"]);
    assert.deepEqual(en("This wasn't our mistake."), ["wasn't our mistake"]);
    assert.deepEqual(en('I did everything correctly.'), ['I did everything correctly']);
    assert.deepEqual(en('We were just doing our job.'), ['We were just doing our job']);
    assert.deepEqual(en('I am not responsible for the bank.'), ['I am not responsible']);
    assert.deepEqual(en("Don't blame me."), ["Don't blame me"]);
    assert.deepEqual(en('It worked fine on our side.'), ['It worked fine on our side']);
  });

  it('flags self-justification in French', () => {
    assert.deepEqual(fr("C'est pas ma faute."), ["C'est pas ma faute"]);
    assert.deepEqual(fr("J'y suis pour rien."), ["J'y suis pour rien"]);
    assert.deepEqual(fr('Nous ne sommes en rien responsables.'), ['Nous ne sommes en rien responsables']);
    assert.deepEqual(fr("On a fait notre travail."), ['On a fait notre travail']);
    assert.deepEqual(fr("Je n'ai fait que suivre vos instructions."), ["Je n'ai fait que suivre vos"]);
    assert.deepEqual(fr('Pas moi !'), ['Pas moi']);
  });

  it('leaves ownership and neutral facts alone', () => {
    for (const t of ['This is our responsibility and we are sorry.', 'We did everything we could to restore the site within the hour.',
      'We did the migration on Monday.', "I'm not sure this option is best."]) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ["C'est de notre responsabilité.", 'Nous avons fait la migration lundi.', 'Je ne suis pas sûr que ce soit la bonne option.',
      'Pas de panique, rien n\'est perdu.']) {
      assert.deepEqual(fr(t), [], t);
    }
  });
});
