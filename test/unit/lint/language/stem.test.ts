import { strict as assert } from 'node:assert';
import { foldText, stem } from '../../../../src/core/lint/language/stem.js';

describe('language/stem', () => {
  it('folds case, accents and apostrophes', () => {
    assert.equal(foldText('C’est PAS d’notre Faute, Désolée'), "c'est pas d'notre faute, desolee");
    assert.equal(foldText('Ça\u00a0va'), 'ca va');
  });

  it('gives English inflections one stem', () => {
    assert.equal(stem('delayed', 'en'), stem('delays', 'en'));
    assert.equal(stem('breaking', 'en'), stem('break', 'en'));
    assert.equal(stem('overlooked', 'en'), 'overlook');
  });

  it('gives French conjugations and agreements one stem, accents folded', () => {
    for (const w of ['planté', 'plantés', 'plantée', 'plantes']) assert.equal(stem(w, 'fr'), 'plant', w);
    assert.equal(stem('désolés', 'fr'), stem('desole', 'fr'));
    assert.equal(stem('Oubliée', 'fr'), stem('oublié', 'fr'));
    // The present plural of -er verbs, which Snowball leaves whole: « tes employés débranchent le serveur »
    // (sentences and pack entries are folded before stemming).
    for (const [plural, participle] of [['débranchent', 'débranché'], ['oublient', 'oublié'], ['cassent', 'cassé'], ['ignorent', 'ignoré'], ['plantent', 'planté']]) {
      assert.equal(stem(foldText(plural!), 'fr'), stem(foldText(participle!), 'fr'), plural);
    }
    assert.equal(stem('client', 'fr'), 'client');
  });

  it('does not mix the two languages', () => {
    assert.equal(stem('retards', 'fr'), 'retard');
    assert.equal(stem('retards', 'en'), 'retard');
    assert.notEqual(stem('faute', 'fr'), stem('fault', 'en'));
  });
});
