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
    assert.deepEqual(fr('Nous avons déployé le hotfix en préprod.'), ['déployé', 'hotfix', 'préprod']);
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
    assert.deepEqual(fr('Vider le cache du CDN a réglé l\'affichage.'), ['cache', 'CDN']);
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
    const text = 'The webhook is ready.\n';
    const [f] = run(r, text, { lang: 'en' });
    assert.equal(f!.fixes![0]!.span.start, text.indexOf('webhook') + 'webhook'.length);
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

  it('finds terms no list names by their shape: capitals that are not a known name, code identifiers', () => {
    assert.deepEqual(en('The LCP on mobile is still four seconds because of the TTFB.'), ['LCP', 'TTFB']);
    assert.deepEqual(fr('Les notifs ne partent plus sur iOS parce que la clé APNs a expiré.'), ['APNs']);
    assert.deepEqual(en('The tag fires before the dataLayer push, and max_input_vars is too low.'), ['dataLayer', 'max_input_vars']);
    // Names everyone reads (the packs' known group), a label on screen, a company, a bank number, a template hint.
    assert.deepEqual(en('The PDF invoice is £1,200 plus VAT, payable by BACS; call me at 3 PM GMT.'), []);
    assert.deepEqual(en('The NEW badge shows on the shop of ACME SAS, live by [DATE].'), []);
    assert.deepEqual(fr('Virement sur FR76 3000 4000 0312 3456 7890 143, en ligne le {{date_mise_en_ligne}}.'), []);
    // Shouted sentences are the shouting rule's.
    assert.deepEqual(en('PLEASE DO NOT TOUCH THE SERVER TODAY.'), []);
  });

  it('takes a familiar term alone as plain, and reports it beside another term', () => {
    assert.deepEqual(en("I'll make the change on staging and put it live tonight."), []);
    assert.deepEqual(fr("Salut, la mise en prod s'est bien passée, je surveille pendant une heure."), []);
    assert.deepEqual(en('I purged the edge cache after the deploy.'), ['cache', 'deploy']);
    assert.deepEqual(en('The staging slot has a webhook.'), ['staging', 'webhook']);
  });

  it('accepts a term said plainly by its sentence: an explanation, a plain head noun or object, a look asked of the client, a technical reader', () => {
    for (const t of ['Let me explain how the webhook works, since it affects the test results.', 'Marco is our backend developer.',
      'The cron job plugin is updated.', 'I rolled back the update within ten minutes.', 'I deployed the fix at 2 pm.',
      'hey, pushed the banner to staging, can you check it when you have a minute?', 'Here are your logins for the sandbox.',
      'If your IT team manages the email, I will send them the DNS records.', 'A webhook, it\'s a message the bank sends your shop.',
      'The MVP covers booking and reminders.', 'Accessibility is tested to WCAG 2.1 AA, the public standard for usable websites.',
      'As your team asked: run `npm run build` after pulling, and the new env variable is `STRIPE_SECRET`.']) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ['Je vous explique comment fonctionne le webhook.', 'Mehdi, notre développeur back-end, sera là.',
      'Le correctif a été déployé à 14 h 12.', "salut, c'est poussé sur la préprod, tu peux regarder quand tu veux",
      'Si votre informaticien gère la messagerie, je lui envoie les enregistrements DNS.', "Le cache, c'est une copie des pages gardée par le navigateur.",
      'Le « lazy loading », ou chargement différé, fait que les images se chargent au défilement.']) {
      assert.deepEqual(fr(t), [], t);
    }
    // The look asked of the client makes a place known, not any term.
    assert.deepEqual(en('Can you check whether the webhook still fires?'), ['webhook']);
  });
});
