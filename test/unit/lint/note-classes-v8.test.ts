// The classes of good whole notes that notes-v8 showed the note-level rules misread, each in both
// languages and in new words (not the fixture's), with the near miss that must still be found.
// Clock: Tuesday 24 November 2026.
import assert from 'node:assert/strict';
import { clockOn } from '../helpers/clock.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const clock = clockOn(2026, 11, 24);
const fm = (type: string, lang: string) => `---\ntype: ${type}\nlang: ${lang}\ndate: 2026-11-24\n---\n`;
const found = (text: string, rule?: string) => lintNote(text, { clock }).messages
  .filter((m) => !/\(tone model/.test(m.reason) && (!rule || m.ruleId === rule)).map((m) => `${m.ruleId}: ${m.reason}`);
const missing = (text: string) => found(text, 'required-sections').map((r) => /"([^"]+)"/.exec(r)?.[1]);

describe('note classes from notes-v8 (EN, FR)', () => {
  it('a status written with bold labels says blockers and asks only when there are some', () => {
    const en = `${fm('status', 'en')}Hi Ana,\n\n**Done**\n- The gift-card page.\n\n**Next**\n- The stock alerts, by Friday 27 November.\n\nNext update: Tuesday 1 December.\n`;
    const fr = `${fm('status', 'fr')}Bonjour Ana,\n\n**Fait**\n- La page des cartes cadeaux.\n\n**À venir**\n- Les alertes de stock, d'ici le vendredi 27 novembre.\n\nProchain point : mardi 1er décembre.\n`;
    for (const t of [en, fr]) assert.deepEqual(missing(t), []);
  });

  it('a bold line over a list is the options; a risk note\'s options are its mitigation', () => {
    const en = `${fm('incident', 'en')}# Newsletter sent twice\n\nThis morning the newsletter went out twice, so 400 readers got it two times.\n\n**Ways forward**\n1. Send a one-line apology today (free, 10 minutes).\n2. Do nothing more.\n\nI recommend option 1. Please decide by Wednesday 25 November; I'll call you that afternoon.\n`;
    const fr = `${fm('risk', 'fr')}# Le certificat expire\n\nLe certificat du site expire le 10 décembre : sans lui, les visiteurs verraient une alerte de sécurité.\n\n**Vos options**\n- Le renouveler pour un an : 60 €, une heure.\n- Passer à un certificat gratuit : 0 €, une demi-journée.\n\nJe recommande la seconde. Merci de me dire votre choix d'ici le vendredi 27 novembre ; je vous appelle ce jour-là.\n`;
    assert.deepEqual(found(en), []);
    assert.deepEqual(found(fr), []);
    // Only one way out is still one option.
    assert.ok(found(en.replace('2. Do nothing more.\n', ''), 'incident-options').length > 0);
  });

  it('expectations labels said in the writer\'s words', () => {
    const en = `${fm('expectations', 'en')}Hi Jo,\n\n**What's included.** The shop and its pages.\n\n**Not in scope.** Photos.\n\n**Delivery.** Friday 11 December.\n\n**Sign-off.** When you reply "approved".\n\n**Rounds of feedback.** Two.\n\n**How fast I reply.** Within a working day.\n\n**Extras.** Quoted before I start.\n\n**If something breaks.** I tell you the same day, with options.\n\n**Price and payment.** Half on signing.\n\nI'll call you on Monday 30 November.\n`;
    const fr = `${fm('expectations', 'fr')}Bonjour Jo,\n\n**Ce qui est compris.** La boutique et ses pages.\n\n**Ce qui n'est pas compris.** Les photos.\n\n**Livraison.** Vendredi 11 décembre.\n\n**Validation.** Quand vous répondez « validé ».\n\n**Corrections.** Deux tours.\n\n**Délai de réponse.** Un jour ouvré.\n\n**Ajouts.** Chiffrés avant de commencer.\n\n**En cas de pépin.** Je vous préviens le jour même, avec des options.\n\n**Prix et règlement.** La moitié à la signature.\n\nJe vous appelle le lundi 30 novembre.\n`;
    for (const t of [en, fr]) assert.deepEqual(missing(t), []);
    assert.deepEqual(missing(en.replace("**Not in scope.** Photos.\n\n", '')), ['Out of scope']);
  });

  it('a status told as a table, its Status column saying done and next', () => {
    const en = `${fm('status', 'en')}Hi Sam,\n\n| Part | Status |\n|---|---|\n| Map | ✅ done |\n| Export | ⏳ not started |\n\nNext update: Tue 1/12.\n`;
    const fr = `${fm('status', 'fr')}Salut Sam,\n\n| Module | État |\n|---|---|\n| Carte | ✅ terminé |\n| Export | ⏳ pas commencé |\n\nProchain point : mardi 1er décembre.\n`;
    for (const t of [en, fr]) assert.deepEqual(found(t), []);
  });

  it('a monthly report keeps its own rhythm for the next contact', () => {
    const en = `${fm('status', 'en')}**Monthly report, November**\n\n**Done this month.** The job alerts.\n\n**Next month.** The consent screens.\n\nI will present the December report to you on Tuesday 22 December.\n`;
    const fr = `${fm('status', 'fr')}**Rapport mensuel, novembre**\n\n**Fait ce mois-ci.** Les alertes.\n\n**Le mois prochain.** Les écrans de consentement.\n\nJe vous présenterai le rapport de décembre le mardi 22 décembre.\n`;
    for (const t of [en, fr]) assert.deepEqual(found(t, 'next-contact-date'), []);
    assert.equal(found(en.replace('Monthly report', 'Weekly report'), 'next-contact-date').length, 1);
  });

  it('a past date the promise looks back from is not a promise in the past', () => {
    assert.deepEqual(found(`${fm('status', 'en')}# Update\n\nAfter our call on Thursday 19 November, I'll send the plan on Friday 27 November.\n`, 'date-mismatch'), []);
    assert.deepEqual(found(`${fm('status', 'fr')}# Point\n\nSuite à notre appel du jeudi 19 novembre, je vous enverrai le plan le vendredi 27 novembre.\n`, 'date-mismatch'), []);
    assert.equal(found(`${fm('status', 'en')}# Update\n\nWe will deliver the plan on Thursday 19 November.\n`, 'date-mismatch').length, 1);
  });

  it('a fallback after its condition, or the client asked to help, is a mitigation', () => {
    const en = `${fm('status', 'en')}# Update\n\n- Risk: the courier's test key may be late. If it is, we can print labels by hand for a week.\n`;
    const fr = `${fm('status', 'fr')}# Point\n\n- Risque : la clé de test du transporteur peut tarder. Si c'est le cas, nous pourrons imprimer les étiquettes à la main.\n`;
    for (const t of [en, fr]) assert.deepEqual(found(t, 'risk-mitigation'), []);
    assert.equal(found(`${fm('status', 'en')}# Update\n\n- Risk: the courier's test key may be late.\n`, 'risk-mitigation').length, 1);
  });

  it('an ask answered at a dated call needs no other date', () => {
    const en = `${fm('status', 'en')}Hi Mo,\n\nThis week the class pass went live.\n\nNext up: the waiting list.\n\nWhich reminder time would you prefer? Tell me when we talk.\n\nI'll call you on Thursday 3 December.\n`;
    assert.deepEqual(found(en, 'decision-deadline'), []);
    assert.equal(found(en.replace("I'll call you on Thursday 3 December.", "I'll call you soon."), 'decision-deadline').length, 1);
  });

  it('an impact said as what happened instead, or what people had to do', () => {
    const en = `${fm('incident', 'en')}# Wrong list\n\nYesterday the schedule went to 90 families instead of 12.\n\n## Options\n- Ask them to delete it (free, today).\n- Do nothing more.\n\nI recommend the first. Please decide by Wednesday 25 November; I'll call you that afternoon.\n`;
    const fr = `${fm('incident', 'fr')}# Mauvais parcours\n\nDimanche, huit coureurs ont suivi l'ancien tracé et ont dû faire demi-tour.\n\n## Options\n- Publier un rectificatif (gratuit, ce soir).\n- Ne rien faire de plus.\n\nJe recommande la première. Merci de décider d'ici le mercredi 25 novembre ; je vous appelle ce jour-là.\n`;
    for (const t of [en, fr]) assert.deepEqual(missing(t), []);
  });

  it('a colleague named in apposition is still blamed; the public named by what it did is not', () => {
    assert.equal(found(`${fm('incident', 'en')}# Booking page\n\nOur intern, Priya, changed the opening hours without checking them.\n`, 'blame-colleague').length, 1);
    assert.deepEqual(found(`${fm('status', 'en')}# Update\n\nI emailed the visitors who signed up but never confirmed.\n`, 'blame-colleague'), []);
    assert.deepEqual(found(`${fm('status', 'fr')}# Point\n\nCorrigé : le créneau du lundi apparaissait en double.\n`, 'blame-colleague'), []);
  });

  // Classes heldout-15-quiet5 showed after its one measure (a training set since).
  it('choices lettered A: / B: in a list, whatever announces them', () => {
    const en = `${fm('incident', 'en')}# Invoices sent twice\n\nThis morning the invoices went out twice, so 30 customers may think they owe twice.\n\n**And now?**\n- A: I email them a one-line correction today (free, 15 minutes).\n- B: We leave it and answer anyone who asks (free, no delay).\n\nI suggest A. Tell me by 15:00 today; I'll write to you at 17:00 with what went out.\n`;
    const fr = `${fm('incident', 'fr')}# Factures envoyées deux fois\n\nCe matin, les factures sont parties deux fois, si bien que 30 clients pourraient croire qu'ils doivent payer deux fois.\n\n**Et maintenant ?**\n- A : je leur écris un mot de correction aujourd'hui (gratuit, 15 minutes).\n- B : on laisse passer et je réponds à qui pose la question (gratuit, sans délai).\n\nJe vous conseille A. Dites-le-moi avant 15 h aujourd'hui ; je vous écris à 17 h avec ce qui est parti.\n`;
    for (const t of [en, fr]) assert.deepEqual(found(t), []);
  });

  it('a change request said in prose and a table; a closing said as a letter', () => {
    const en = `${fm('change-request', 'en')}Hi Lou,\n\nLast week you asked for a members' map. It isn't part of the original quote, so here is the price.\n\n| | Basic map |\n|---|---|\n| Cost | £300 |\n| Time | 2 days, ready Friday 4 December |\n\nPlease decide by Friday 27 November; I'll confirm in writing that day.\n`;
    const fr = `${fm('closing', 'fr')}Bonjour Lou,\n\nTout ce que nous avions listé est livré et en ligne. La dernière facture, 2026-050, est jointe ; personne ne doit rien d'autre. Je vous ai rendu les accès de l'hébergement. Ce fut un plaisir de travailler avec vous.\n`;
    assert.deepEqual(missing(en), []);
    assert.deepEqual(missing(fr), []);
  });

  it('a chat status without subjects, and an open question left to a dated call', () => {
    const en = `${fm('status', 'en')}quick one: shipped the sign-up page yesterday. working on the invoices now, test build by fri 27/11. any colour you'd like for the buttons? next check-in is our call on tue 1/12.\n`;
    const fr = `${fm('status', 'fr')}petit point : j'ai sorti la page d'inscription hier. je bosse maintenant sur les factures, version de test le ven. 27/11. une couleur qui te plairait pour les boutons ? prochain point : notre appel du mar. 1er déc.\n`;
    for (const t of [en, fr]) assert.deepEqual(found(t), []);
  });
});
