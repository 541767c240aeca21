// The note types Liaison knows, their sections and the words people use for them.
// One place shared by the templates (which write these headings) and the linter (which looks
// for them): a heading matches a section when it matches any of its synonyms, in either language.
import type { Lang } from '../ports.js';

export type NoteTypeId =
  | 'expectations' | 'status' | 'risk' | 'incident' | 'reply'
  | 'delay' | 'payment-reminder' | 'change-request' | 'closing' | 'invoice';

export interface SectionDef {
  id: string;
  /** Principles of shared/domain.md this section serves. */
  principles: string[];
  /** First entry is the heading the template writes; the rest are accepted synonyms (lowercase-insensitive, accents-insensitive). */
  headings: Record<Lang, string[]>;
  /** Checked by the `required-sections` rule unless configured otherwise. */
  required: boolean;
  /**
   * Said only when there is something to say ("Blockers", "What I need from you"): required in a
   * note laid out with the template's headings, where a dropped heading is a gap, not in an email
   * or chat written without them, where silence means there is none.
   */
  ifAny?: boolean;
  /**
   * An `ifAny` section that holds asks ("What I need from you"): never missing, even in a laid-out
   * note. Writers leave it out when they need nothing, and an ask written elsewhere is read there.
   */
  asks?: boolean;
}

export interface NoteTypeDef {
  id: NoteTypeId;
  /** Title as written by the template, then synonyms used to recognise the type of a note without front matter. */
  titles: Record<Lang, string[]>;
  /** One line for the quick pick. */
  description: Record<Lang, string>;
  /** Whether the note goes to the client (next-contact-date applies). */
  toClient: boolean;
  sections: SectionDef[];
}

const s = (id: string, principles: string[], en: string[], fr: string[], required = true): SectionDef =>
  ({ id, principles, headings: { en, fr }, required });

// Sections reused by several types.
const nextContact = s('next-contact', ['P1', 'P13'],
  ['Next contact', 'Next update', 'Next steps', "When you'll hear from me", 'Next check-in', 'Next call', 'Next meeting', 'Next catch-up', 'Our next call', 'Next touchpoint', 'Next sync', 'Next report', 'Next status update', "When we'll talk next", 'Next check in', 'Talk again'],
  ['Prochain contact', 'Prochain point', 'Prochaines étapes', 'Prochain échange', 'Prochain rendez-vous', 'Prochaine mise à jour', 'Prochaine rencontre', 'Prochain appel', 'Prochain suivi', 'On se reparle', "Prochain point d'étape", 'Prochain rdv', 'Prochaines nouvelles', 'Quand aurez-vous de mes nouvelles', 'Prochain compte rendu', 'Prochain bilan', 'On se reparle quand', 'Prochaine visio']);
const options = s('options', ['P3', 'P13'],
  ['Options', 'Possible options', 'Possible solutions', 'Solutions', 'Choices', 'What we can do', 'Your options', 'Options for you', 'Ways forward', 'Possible ways forward', 'Alternatives', 'Scenarios'],
  ['Options', 'Options possibles', 'Solutions possibles', 'Solutions', 'Pistes', 'Ce que nous pouvons faire', 'Vos options', 'Les options', 'Scénarios', 'Alternatives', 'Les choix possibles', 'Pistes de solution']);
const recommendation = s('recommendation', ['P13'],
  ['Recommendation', 'My recommendation', 'Our recommendation', 'What I recommend', 'Suggested option', 'What I suggest', 'Suggestion', 'My advice', 'What I would do'],
  ['Recommandation', 'Ma recommandation', 'Notre recommandation', 'Ce que je recommande', 'Option recommandée', 'Ce que je suggère', 'Suggestion', 'Mon conseil', 'Ce que je ferais', 'Mon avis']);
const decision = s('decision-date', ['P13'],
  ['Decision needed by', 'Decision date', 'Decision', 'Please decide by', 'Deadline for your decision', 'Your decision', 'Decision needed', 'Decide by', 'When I need your decision', 'Your call'],
  ['Décision attendue le', 'Date de décision', 'Décision', 'Merci de décider avant le', 'Échéance pour votre décision', 'Votre décision', 'Décision requise', 'Décision à prendre', 'Date limite', 'À décider avant le']);
const impact = s('impact', ['P1', 'P3'],
  ['Impact', 'What it means for you', 'Consequences', 'Effect on the project', 'Likelihood and impact', 'Probability and impact', 'Why it matters', 'What this means for you', 'Consequences for you'],
  ['Impact', 'Ce que cela change pour vous', 'Conséquences', 'Effet sur le projet', 'Probabilité et impact', 'Conséquences pour vous', 'Ce que ça change pour vous', 'Ce que cela implique', "Pourquoi c'est important"]);
const apology = s('apology', ['P11', 'P12'],
  ['Our apologies', 'Apology', 'We apologise', 'We apologize', 'Sorry'],
  ['Nos excuses', 'Excuses', 'Toutes nos excuses', 'Nous sommes désolés'], false);

export const NOTE_TYPES: readonly NoteTypeDef[] = [
  {
    id: 'expectations', toClient: true,
    titles: { en: ['Working together: expectations', 'Expectations', 'Project expectations', 'Scope and expectations', 'How we will work together'],
      fr: ['Travailler ensemble\u00a0: nos engagements', 'Attentes', 'Engagements', 'Cadre du projet', 'Comment nous allons travailler ensemble'] },
    description: { en: 'Contract time: scope, deliverables, revisions, response times, changes, payment.',
      fr: 'À la signature : périmètre, livrables, révisions, délais de réponse, changements, paiement.' },
    sections: [
      s('scope', ['P2'], ['Scope', 'What is included', 'Included', 'In scope'], ['Périmètre', 'Ce qui est inclus', 'Inclus', 'Dans le périmètre', 'Ce qui est compris', 'Compris']),
      s('out-of-scope', ['P2'], ['Out of scope', 'Not included', 'What is not included', 'Excluded', 'Not in scope', 'Outside the scope', 'Not covered'], ['Hors périmètre', 'Non inclus', "Ce qui n'est pas inclus", 'Exclusions', "Ce qui n'est pas compris", 'Non compris', 'Pas inclus', 'Hors forfait']),
      s('deliverables', ['P2'], ['Deliverables', 'What you will receive'], ['Livrables', 'Ce que vous recevrez']),
      s('acceptance', ['P2'], ['Acceptance', 'Acceptance criteria', 'Sign-off'], ['Recette', 'Validation', "Critères d'acceptation", 'Réception']),
      s('revisions', ['P2', 'P17'], ['Revision rounds', 'Revisions', 'Rounds of changes'], ['Tours de révision', 'Révisions', 'Allers-retours']),
      s('communication', ['P1', 'P2'], ['Response times and channels', 'Communication', 'How to reach me', 'Response times'],
        ['Délais de réponse et canaux', 'Communication', 'Comment me joindre', 'Délais de réponse']),
      s('changes', ['P2'], ['Changes and how they are priced', 'Change requests', 'Changes', 'Pricing of changes'],
        ['Changements et tarification', 'Demandes de modification', 'Modifications', 'Tarification des changements']),
      s('unforeseen', ['P3'], ['When something unexpected happens', 'Unforeseen issues', 'Unexpected problems', 'If something goes wrong'],
        ["En cas d'imprévu", 'Imprévus', 'Problèmes imprévus', 'Si quelque chose se passe mal']),
      s('payment', ['P2', 'P16'], ['Payment terms', 'Payment', 'Invoicing'], ['Conditions de paiement', 'Paiement', 'Facturation']),
    ],
  },
  {
    id: 'status', toClient: true,
    titles: { en: ['Weekly update', 'Weekly status update', 'Status update', 'Weekly status', 'Progress update', 'Weekly report'],
      fr: ['Point hebdomadaire', 'Point de la semaine', "Point d'avancement", 'Bilan hebdomadaire', 'Compte rendu hebdomadaire', 'Mise à jour hebdomadaire'] },
    description: { en: 'The weekly status: done, next, blockers, what you need from the client, next contact.',
      fr: "Le point de la semaine : fait, à venir, blocages, ce qu'il faut du client, prochain contact." },
    sections: [
      s('done', ['P1'], ['Done this week', 'Done', 'Completed', 'What I did', 'This week', 'Progress', 'Progress this week', 'Completed this week', 'What was done', 'Done so far', 'What we did', 'Highlights', "What's done", 'What got done', 'Accomplished', 'Shipped', 'Shipped this week', 'Delivered this week', 'Where things stand', 'Progress so far', 'Achievements', 'What I worked on', 'Wins this week', 'This week in review'], ['Fait cette semaine', 'Réalisé', 'Terminé', "Ce que j'ai fait", 'Cette semaine', 'Avancement', 'Ce qui a été fait', 'Fait', 'Réalisations', 'Travaux réalisés', "Ce qu'on a fait", 'Réalisé cette semaine', 'Ce qui est fait', 'Travail réalisé', 'Avancées', 'Avancées de la semaine', 'Les avancées', 'Bilan de la semaine', "Ce que j'ai fait cette semaine", 'Réalisations de la semaine', 'Livré cette semaine', 'Ce qui est terminé', 'Terminé cette semaine', "État d'avancement", 'Où en est le projet', "Ce qu'on a fait cette semaine", 'Ce qui a avancé']),
      s('next', ['P1'], ['Planned next', 'Next week', 'Coming up', 'Planned', 'What comes next', 'Next up', 'Up next', 'Next', 'Upcoming', 'Plan for next week', 'Coming next', 'Next steps', "What's next", "Next week's plan", 'Plans for next week', 'Coming up next', 'Goals for next week', 'Focus next week', 'In progress', 'On deck', 'Still to do'], ['Prévu ensuite', 'La semaine prochaine', 'À venir', 'Prévu', 'Pour la suite', "Ce qui s'en vient", 'À suivre', 'Prochaine semaine', 'Programme de la semaine prochaine', 'À faire', 'Prochaines étapes', 'Prochaine étape', 'Étapes suivantes', 'La suite', 'Et ensuite', 'Pour la semaine prochaine', 'Au programme', 'Au programme la semaine prochaine', 'Ce qui est prévu', 'Prévu la semaine prochaine', 'Objectifs de la semaine prochaine', 'Ce qui vient', 'Ce qui arrive', 'Travaux en cours', 'En cours', 'Pour la suite du projet']),
      { ...s('blockers', ['P1', 'P3'], ['Blockers and risks', 'Blockers', 'Risks', 'Issues', 'The delay', 'Delays', 'Risks and blockers', 'Blocking points', 'Concerns', 'Problems', 'Risks and issues', 'Roadblocks', 'Obstacles', 'Impediments', "What's blocking", 'What is blocking', 'Challenges', 'Watch-outs', 'Risks to watch', 'Open issues', 'Blocking issues'], ['Blocages et risques', 'Blocages', 'Risques', 'Le retard', 'Retards', 'Points de vigilance', 'Risques et blocages', 'Points bloquants', 'Difficultés', 'Problèmes', 'Obstacles', "Points d'attention", 'Points de blocage', 'Point de blocage', 'Blocages éventuels', 'Ce qui bloque', 'Freins', 'Risques identifiés', 'Difficultés rencontrées', 'Problèmes rencontrés', 'Vigilance', 'Soucis', 'Alertes', 'Points de vigilance et blocages']), ifAny: true, required: false },
      { ...s('needed', ['P1', 'P13'], ['What I need from you', 'Needed from you', 'Waiting on you', 'Questions for you', 'What we need from you', 'Action needed', 'Your action needed', 'Action items for you', 'Needed from your side', 'Pending on your side', 'From you', 'On your side', 'Your side', 'What I need', 'Waiting on', 'Waiting for you', 'Awaiting your input', 'Your input needed', 'Input needed', 'For you to review', 'For your review', 'Requests for you', 'Asks', 'Your to-dos'],
        ["Ce dont j'ai besoin de votre part", 'Attendu de votre part', 'En attente de votre côté', 'Questions pour vous', "Ce dont j'ai besoin de toi", 'Ce dont nous avons besoin', 'Action attendue de votre part', 'À faire de votre côté', "J'ai besoin de vous", "Ce qu'il me faut de votre part", 'De votre côté', 'De ton côté', "Ce que j'attends de vous", "Ce que j'attends de votre part", "Ce que j'attends de toi", 'Vos actions', 'Actions de votre côté', 'À prévoir de votre côté', 'En attente de votre part', 'En attente de vous', 'Points en attente', 'À valider de votre côté', 'Validations attendues', 'Vos retours attendus', 'Retours attendus', "Ce dont j'ai besoin", 'Mes besoins', "J'aurais besoin de", 'Besoin de vous']), ifAny: true, asks: true },
      nextContact,
    ],
  },
  {
    id: 'risk', toClient: true,
    titles: { en: ['Risk warning', 'Risk', 'Heads-up', 'Early warning', 'Risk alert'],
      fr: ['Alerte sur un risque', 'Risque', 'Point de vigilance', 'Alerte', 'Signalement de risque'] },
    description: { en: 'Warn before it happens: the risk, its likelihood and impact, what you are doing, options.',
      fr: "Prévenir avant que ça arrive : le risque, sa probabilité et son impact, ce que vous faites, les options." },
    sections: [
      s('risk', ['P3'], ['The risk', 'Risk', 'What could happen', 'Risk description', 'What might go wrong', 'Potential problem'], ['Le risque', 'Risque', 'Ce qui pourrait arriver', 'Description du risque', "Ce qui risque d'arriver", 'Problème potentiel']),
      s('likelihood', ['P3'], ['Likelihood', 'How likely', 'Probability'], ['Probabilité', 'Vraisemblance'], false),
      impact,
      s('mitigation', ['P3', 'P13'], ['What I am doing about it', 'Mitigation', 'What we are doing', 'Prevention', "What I'm doing", 'What I am doing', 'Action plan', 'Mitigation plan', 'How I am handling it', 'Countermeasures'],
        ['Ce que je fais pour le limiter', 'Mesures', 'Ce que nous faisons', 'Prévention', 'Atténuation', 'Ce que je fais', "Plan d'action", 'Mesures prises', 'Ce que je mets en place']),
      { ...options, required: false },
      { ...decision, required: false },
      nextContact,
    ],
  },
  {
    id: 'incident', toClient: true,
    titles: { en: ['Unforeseen issue', 'Unexpected issue', 'Incident', 'Incident notice', 'Unforeseen problem', 'Something unexpected happened'],
      fr: ['Imprévu', 'Incident', 'Problème imprévu', "Avis d'incident", 'Un imprévu est survenu', 'Signalement d’incident'] },
    description: { en: 'Something unexpected happened: what, impact, two or more options with cost and delay, a decision date.',
      fr: 'Un imprévu : ce qui se passe, l’impact, au moins deux options chiffrées, une date de décision.' },
    sections: [
      s('what-happened', ['P3', 'P1'], ['What happened', 'What is happening', 'The issue', 'The problem', 'Situation', 'What went wrong', 'The incident', 'What we found', 'Facts'],
        ["Ce qui s'est passé", 'Ce qui se passe', 'Le problème', 'Situation', 'Les faits', 'Ce qui est arrivé', "L'incident", 'Ce que nous avons constaté', 'Ce qui ne va pas']),
      impact,
      apology,
      options,
      recommendation,
      decision,
      nextContact,
    ],
  },
  {
    id: 'reply', toClient: true,
    titles: { en: ['Reply', 'Re:', 'Following up on your message', 'About your concerns', 'Response to your message'],
      fr: ['Réponse', 'Suite à votre message', 'Au sujet de vos préoccupations', 'Réponse à votre message', 'Re :'] },
    description: { en: 'Answer an upset client: acknowledge in their terms, apologise where due, options, what would make it right.',
      fr: 'Répondre à un client mécontent : reformuler, s’excuser si besoin, options, ce qui arrangerait les choses.' },
    sections: [
      s('acknowledgement', ['P7', 'P8'], ['What I understand', 'I hear you', 'Your concern', 'What you told me', 'Understanding your concern', 'What I understood', 'What I heard', 'Your feedback', 'Understanding the problem'],
        ['Ce que je comprends', 'Votre préoccupation', 'Ce que vous m’avez dit', "Ce que vous m'avez dit", 'Si je vous comprends bien', "Ce que j'ai compris", 'Vos remarques', "Ce que j'entends", 'Si je te comprends bien']),
      apology,
      s('what-we-will-do', ['P12', 'P13'], ['What we will do', 'What I will do', 'Next steps', 'Options', 'What happens now', 'What I propose', 'Proposed solution', 'Our proposal'],
        ['Ce que nous allons faire', 'Ce que je vais faire', 'Suite proposée', 'Options', 'Ce que je propose', 'Ce que nous proposons', 'Proposition', 'Solution proposée']),
      s('make-it-right', ['P14'], ['What would make it right', 'Your view', 'What would help'],
        ['Ce qui vous conviendrait', 'Votre avis', 'Ce qui arrangerait les choses'], false),
      nextContact,
    ],
  },
  {
    id: 'delay', toClient: true,
    titles: { en: ['Delay notice', 'Delay', 'Schedule change', 'New delivery date', 'Revised timeline'],
      fr: ['Avis de retard', 'Retard', 'Changement de planning', 'Nouvelle date de livraison', 'Calendrier révisé'] },
    description: { en: 'A date will slip: what moves, why in one line, the new date, options, next contact.',
      fr: 'Une date glisse : ce qui bouge, pourquoi en une ligne, la nouvelle date, les options, le prochain contact.' },
    sections: [
      s('what-moves', ['P1', 'P3'], ['What is delayed', 'What moves', 'The delay', 'What changes'], ['Ce qui est retardé', 'Ce qui bouge', 'Le retard', 'Ce qui change']),
      s('reason', ['P1'], ['Why', 'Reason', 'Cause'], ['Pourquoi', 'Raison', 'Cause']),
      s('new-date', ['P1', 'P13'], ['New date', 'New delivery date', 'Revised date'], ['Nouvelle date', 'Nouvelle date de livraison', 'Date révisée']),
      apology,
      { ...options, required: false },
      nextContact,
    ],
  },
  {
    id: 'payment-reminder', toClient: true,
    titles: { en: ['Payment reminder', 'Invoice reminder', 'Friendly reminder', 'Reminder: invoice'],
      fr: ['Rappel de paiement', 'Relance de facture', 'Petit rappel', 'Rappel : facture'] },
    description: { en: 'A courteous reminder: which invoice, amount, due date, how to pay, whom to ask.',
      fr: 'Une relance courtoise : quelle facture, montant, échéance, comment payer, qui contacter.' },
    sections: [
      s('invoice', ['P6', 'P16'], ['Invoice', 'Invoice details', 'Details'], ['Facture', 'Détails de la facture', 'Détails']),
      s('how-to-pay', ['P6'], ['How to pay', 'Payment details', 'Payment methods'], ['Comment régler', 'Modalités de paiement', 'Moyens de paiement']),
      s('questions', ['P6'], ['Questions about this invoice', 'Questions', 'Anything unclear'], ['Une question sur cette facture', 'Questions', 'Un point à éclaircir'], false),
      nextContact,
    ],
  },
  {
    id: 'change-request', toClient: true,
    titles: { en: ['Change request', 'Change order', 'Scope change', 'Request for change'],
      fr: ['Demande de modification', 'Avenant', 'Changement de périmètre', 'Demande de changement'] },
    description: { en: 'A new request outside the scope: what changes, cost, delay, options, a decision date.',
      fr: 'Une demande hors périmètre : ce qui change, coût, délai, options, date de décision.' },
    sections: [
      s('request', ['P2'], ['The request', 'What you asked for', 'Requested change'], ['La demande', 'Ce que vous avez demandé', 'Modification demandée']),
      s('scope-impact', ['P2'], ['Effect on scope', 'Compared with the contract', 'Scope'], ['Effet sur le périmètre', 'Par rapport au contrat', 'Périmètre']),
      s('cost-and-delay', ['P2', 'P13'], ['Cost and delay', 'Cost', 'Price and schedule'], ['Coût et délai', 'Coût', 'Prix et planning']),
      { ...options, required: false },
      decision,
      nextContact,
    ],
  },
  {
    id: 'closing', toClient: true,
    titles: { en: ['Closing and handover', 'Handover', 'Project closing', 'Wrapping up', 'Project handover'],
      fr: ['Clôture et passation', 'Passation', 'Clôture du projet', 'Fin de mission', 'Remise du projet'] },
    description: { en: 'End cleanly: what is delivered, what is owed by whom, access returned, thanks.',
      fr: 'Finir proprement : ce qui est livré, qui doit quoi, accès rendus, remerciements.' },
    sections: [
      s('delivered', ['P16'], ['What is delivered', 'Delivered', 'Deliverables'], ['Ce qui est livré', 'Livré', 'Livrables']),
      s('owed', ['P16'], ['What is owed, by whom', 'Outstanding items', 'Balance', 'Remaining payments'], ['Ce qui reste dû, et par qui', 'Points en suspens', 'Solde', 'Paiements restants']),
      s('access', ['P16'], ['Access handed back', 'Access and credentials', 'Access'], ['Accès rendus', 'Accès et identifiants', 'Accès']),
      s('thanks', ['P16'], ['Thank you', 'Thanks'], ['Merci', 'Remerciements']),
    ],
  },
  {
    id: 'invoice', toClient: true,
    titles: { en: ['Invoice explanation', 'About your invoice', 'Invoice details explained'],
      fr: ['Explication de facture', 'À propos de votre facture', 'Votre facture expliquée'] },
    description: { en: 'Explain an invoice before it surprises: what it covers, how it compares with the quote, questions.',
      fr: 'Expliquer une facture avant la surprise : ce qu’elle couvre, l’écart avec le devis, vos questions.' },
    sections: [
      s('covers', ['P6'], ['What this invoice covers', 'What it covers', 'Items'], ['Ce que couvre cette facture', 'Ce qu’elle couvre', 'Prestations']),
      s('compared', ['P6', 'P2'], ['Compared with the quote', 'Differences from the quote', 'Changes from the estimate'], ['Par rapport au devis', 'Écarts avec le devis', 'Différences avec l’estimation']),
      s('questions', ['P6'], ['Questions', 'Anything unclear'], ['Questions', 'Un point à éclaircir']),
      nextContact,
    ],
  },
];

export const NOTE_TYPE_IDS = NOTE_TYPES.map(t => t.id);

export function noteType(id: string): NoteTypeDef | undefined {
  return NOTE_TYPES.find(t => t.id === id);
}

/** Lowercase, strip accents, punctuation and surrounding space: how headings and titles are compared. */
export function normalizeHeading(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    // "What you'll receive" is the listed "What you will receive".
    .replace(/[’']/g, "'").replace(/\b(what|that|here|it|there|who)'s\b/g, '$1 is').replace(/'ll\b/g, ' will').replace(/'re\b/g, ' are').replace(/'ve\b/g, ' have').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A section for the writer only, in any note type: kept in the note, never sent (Copy for Email,
 * the email draft, `liaison render`). The heading says so, in either language.
 */
export const INTERNAL_SECTION = {
  id: 'internal', internal: true,
  headings: {
    en: ['Internal notes', 'Internal', 'Notes to self', 'Private notes', 'Not for the client', 'For me only'],
    fr: ['Notes internes', 'Interne', 'Notes pour moi', 'Notes privées', 'Pas pour le client', 'Pour moi seulement'],
  },
} as const;

const INTERNAL_NORMALIZED = new Set([...INTERNAL_SECTION.headings.en, ...INTERNAL_SECTION.headings.fr].map(h => normalizeHeading(h)));

/** Whether a heading opens a section that stays out of what the client receives. */
export function isInternalHeading(heading: string): boolean {
  return INTERNAL_NORMALIZED.has(normalizeHeading(heading.replace(/\s*\((?:internal|interne)\)\s*$/i, ''))) || /\((?:internal|interne)\)\s*$/i.test(heading);
}
