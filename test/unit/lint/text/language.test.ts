import { strict as assert } from 'node:assert';
import { detectLanguage, sentenceLanguage } from '../../../../src/core/lint/text/language.js';

describe('text/language', () => {
  it('detects English and French on short texts', () => {
    assert.equal(detectLanguage('Hi Marie, here is this week’s update.').lang, 'en');
    assert.equal(detectLanguage('Bonjour Marie, voici le point de la semaine.').lang, 'fr');
    assert.equal(detectLanguage('Merci !').lang, 'fr');
    assert.equal(detectLanguage('Thanks!').lang, 'en');
    assert.equal(detectLanguage('La mise en production est prévue jeudi.').lang, 'fr');
    assert.equal(detectLanguage('L’hébergeur a redémarré le serveur.').lang, 'fr');
    assert.equal(detectLanguage("We're on track, the form isn't live yet.").lang, 'en');
  });

  it('is not fooled by an English loanword in French', () => {
    const r = detectLanguage('Le client a dit « ASAP » mais on livrera vendredi. Le déploiement est prêt.');
    assert.deepEqual(r, { lang: 'fr', mixed: false });
  });

  it('flags a note that switches language', () => {
    const r = detectLanguage('Hello Paul,\nThe site is live and the forms work.\nWe fixed the login bug.\n\nBonjour Paul,\nLe site est en ligne et les formulaires fonctionnent.\nNous avons corrigé le bug de connexion.');
    assert.equal(r.mixed, true);
  });

  it('does not call a one-language note mixed', () => {
    assert.equal(detectLanguage('Hello,\n\nThis week we shipped the new checkout. Next week we test the payment flow with you.\n\nThanks,\nAnna').mixed, false);
    assert.equal(detectLanguage('Bonjour,\n\nCette semaine nous avons livré le nouveau panier. La semaine prochaine nous testons le paiement avec vous.\n\nMerci,\nAnna').mixed, false);
  });

  it('falls back when a sentence gives no evidence', () => {
    assert.equal(sentenceLanguage('OK.', 'fr'), 'fr');
    assert.equal(sentenceLanguage('Nous avons fini.', 'en'), 'fr');
  });
});
