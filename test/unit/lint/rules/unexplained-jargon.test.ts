import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/unexplained-jargon.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged, run } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string, o = {}) => flagged(r, `${t}\n`, { lang: 'en' }, o);
const fr = (t: string, o = {}) => flagged(r, `${t}\n`, { lang: 'fr' }, o);

describe('rule unexplained-jargon', () => {
  it('flags unexplained terms in both languages, inflected', () => {
    assert.deepEqual(en('We refactored the booking module and redeployed it.'), ['refactored', 'redeployed']);
    assert.deepEqual(en('The webhooks were failing on staging.'), ['webhooks', 'staging']);
    assert.deepEqual(fr('Nous avons déployé la correction en préprod.'), ['déployé', 'préprod']);
    assert.deepEqual(fr("Une fuite mémoire ralentissait l'API."), ['fuite mémoire']);
  });

  it('leaves alone the acronyms clients know (invoices, files, the web)', () => {
    assert.deepEqual(en('I attached the PDF and the CSV export; the FAQ is at this URL, and the API, DNS and SSL certificate are fine.'), []);
    assert.deepEqual(fr('La facture de 1 200 € HT (TVA 20 %) est en PDF, avec mon IBAN et mon SIRET ; le DNS et le certificat SSL sont à jour.'), []);
    assert.deepEqual(en('I merged the duplicate contacts by hand.'), []);
    assert.deepEqual(en('I merged the branch into the main code.'), ['merged the branch']);
  });

  it('reports a term once, at its first use', () => {
    assert.deepEqual(en('The webhook is updated. The webhook change takes a day. Webhook again.'), ['webhook']);
  });

  it('accepts an explanation in parentheses, apposition, dash, "which means", or the next sentence', () => {
    for (const t of ['The API (the bridge between your shop and the bank) is ready.', 'Your site is on staging, a private copy only you can see.',
      'The cache – a copy of your pages kept by browsers – is cleared.', 'We will deploy tonight, which means the new version goes live.',
      'We moved to a VPS. It is a rented server that only runs your site.', 'We use a private copy of the site (staging).',
      'The cache is a copy of your pages kept by the browser.']) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ["Le DNS, c'est-à-dire l'annuaire d'Internet, est à jour.", 'La préprod (une copie privée de votre site) est prête.',
      'Nous avons vidé le cache : la copie des pages gardée par le navigateur.', "Le webhook est en place. C'est un message automatique que la banque envoie au site."]) {
      assert.deepEqual(fr(t), [], t);
    }
  });

  it('skips glossary terms, the client\'s own words, inline code and a glossary section', () => {
    assert.deepEqual(flagged(r, 'The API is ready.\n', { lang: 'en', glossary: ['API'] }), []);
    assert.deepEqual(flagged(r, '> Is the staging site ready?\n\nYes, staging is ready.\n', { lang: 'en' }), []);
    assert.deepEqual(en('Run `npm deploy` on the server.'), []);
    assert.deepEqual(flagged(r, '# Update\n\nThe SSL certificate is renewed.\n\n## Glossary\n\n- SSL: the padlock in the address bar.\n', { lang: 'en' }), []);
  });

  it('skips links and bare addresses, and a term the same clause explains by what it does for the client', () => {
    assert.deepEqual(en('The new page is on [staging](https://staging.example.com). Open https://example.com/webhook to try it.'), []);
    assert.deepEqual(fr('La page est sur [la préprod](https://preprod.exemple.fr), ou sur exemple.fr/webhook/test.'), []);
    assert.deepEqual(en('The webhook is on <https://example.com/hooks>.'), ['webhook']);
    assert.deepEqual(en("I've set up a webhook, so you get an email after each payment."), []);
    assert.deepEqual(fr("J'ai ajouté un webhook pour que vous receviez un courriel après chaque paiement."), []);
    assert.deepEqual(en('Please clear your browser cache. The staging site is ready.'), []);
    assert.deepEqual(fr('Videz le cache de votre navigateur. Le site de préprod est prêt.'), []);
    assert.deepEqual(fr('Vider le cache a réglé l\'affichage.'), ['cache']);
  });

  it('does not mistake everyday words for jargon', () => {
    assert.deepEqual(fr('Il cache bien son jeu. Je prends un jour de repos vendredi.'), []);
    assert.deepEqual(en('We set a record number of visits. The bug is fixed.'), []);
  });

  it('honours the terms and ignore options', () => {
    assert.deepEqual(en('The Kafka queue is full.', { terms: ['kafka'] }), ['Kafka']);
    assert.deepEqual(en('The API is ready.', { ignore: ['API'] }), []);
  });

  it('offers to insert an explanation after the term', () => {
    const text = 'The backend is ready.\n';
    const [f] = run(r, text, { lang: 'en' });
    assert.equal(f!.fixes![0]!.span.start, text.indexOf('backend') + 'backend'.length);
    assert.match(f!.fixes![0]!.text, /^ \(\$\{1:/);
  });

  it('stays quiet for a technical reader: front matter audience, the option, or a technical section', () => {
    const body = 'The endpoints now sit behind the GraphQL gateway, with Redis caching on staging.\n';
    assert.deepEqual(flagged(r, `---\naudience: technical\n---\n${body}`, { lang: 'en' }), []);
    assert.deepEqual(flagged(r, `---\naudience: développeurs\n---\nLes endpoints passent par la passerelle, avec un cache en préprod.\n`, { lang: 'fr' }), []);
    assert.deepEqual(flagged(r, body, { lang: 'en' }, { audience: 'technical' }), []);
    // The note's own front matter wins over the project's option.
    assert.deepEqual(flagged(r, `---\naudience: client\n---\n${body}`, { lang: 'en' }, { audience: 'technical' }).length > 0, true);
    assert.deepEqual(flagged(r, `# Update\n\n## Done\n\nThe sign-up works.\n\n## Technical notes (for Raj)\n\n${body}`, { lang: 'en' }), []);
    assert.deepEqual(flagged(r, `# Point\n\n## Fait\n\nLa connexion marche.\n\n## Pour ton développeur\n\nLes tokens OAuth sont rafraîchis en arrière-plan.\n`, { lang: 'fr' }), []);
    // Only that section: the same term in the client's part of the note is still reported.
    assert.deepEqual(flagged(r, `# Update\n\n## Done\n\nThe webhook is live.\n\n## Under the hood\n\nThe webhook payload is signed.\n`, { lang: 'en' }), ['webhook']);
  });

  it('accepts what a term brings said in plain words later in the sentence, and a term met before ("as we discussed")', () => {
    assert.deepEqual(en('I refactored the checkout code so the next changes will be quicker.'), []);
    assert.deepEqual(fr("J'ai ajouté un webhook depuis Stripe : chaque paiement marque la commande comme payée."), []);
    assert.deepEqual(en('The login uses OAuth with your Google account, as we discussed.'), []);
    assert.deepEqual(fr('La connexion passe par OAuth, comme on en a parlé.'), []);
    // The term named in parentheses after its plain words; an apposition after the term's object.
    assert.deepEqual(en('We will move to a new server (a VPS) on Monday.'), []);
    assert.deepEqual(fr('Je prépare une copie privée du site (la préprod) pour lundi.'), []);
    assert.deepEqual(en("I'll deploy the new version, that is put it live, on Monday."), []);
    // A consequence in jargon explains nothing.
    assert.deepEqual(en('The webhook failed so the cron job stopped.'), ['webhook', 'cron job']);
  });
});
