// blame-colleague (P11): the fault is put on a colleague, subcontractor, supplier or provider.
// The client does not care whose fault it is inside your business: apologise for the business.
// A third party named with a fault frame fires; a neutral mention ("our host restored the backup") does not.
// The phrases live in packs/<lang>/blame-colleague.yaml.
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findInSentence, hasGroup, rewriteFixes } from '../packs/index.js';
import { perSentence } from '../text/rule-kit.js';

// "If the supplier is late, we tell you": an open condition, not a fault.
const CONDITIONAL = /(?:\bif|\bwhether|\bin case(?: of)?|\bunless|\bsi|\bau cas ou|\ben cas d[e']|\bsauf si)\s*$/;
// A question asks, it does not state a fault: "did the courier lose it?". Phrase lines still judge questions.
const QUESTION = /\?\s*$/;

const message = (text: string) => ({
  en: `"${text}" puts the blame on someone else (a colleague, a subcontractor, a supplier, a tool): to the client the work is yours, so take responsibility ("we") and say what you will do.`,
  fr: `«\u00a0${text}\u00a0» rejette la faute sur un tiers (collègue, sous-traitant, fournisseur, outil)\u00a0: pour le client, le travail est le vôtre, alors assumez-le («\u00a0nous\u00a0») et dites ce que vous allez faire.`,
});

export default {
  id: 'blame-colleague',
  summary: {
    en: 'The fault is put on a colleague, subcontractor or supplier: apologise in the name of the business.',
    fr: 'La faute est rejetée sur un collègue, un sous-traitant ou un fournisseur : excusez-vous au nom de l\'entreprise.',
  },
  principles: ['P11'],
  why: { en: "The client does not care whose fault it is inside your business: blaming a colleague, a subcontractor or a supplier sounds like dodging and suggests you do not control your own work. Apologise in the name of the business and say what you will do.", fr: "Le client ne cherche pas à savoir qui, chez vous, s’est trompé : accuser un collègue, un sous-traitant ou un fournisseur ressemble à une esquive et laisse croire que vous ne maîtrisez pas votre propre travail. Excusez-vous au nom de l’entreprise et dites ce que vous allez faire." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'We made a mistake in the invoice; we are sorry and a corrected one will follow on Friday 27 November.\n' },
      { lang: 'en', text: 'Our hosting provider restored last night\'s backup, and the site is back.\n', note: 'A neutral mention of a provider.' },
      { lang: 'fr', text: 'Nous nous sommes trompés dans la facture ; une facture corrigée suit vendredi 27 novembre.\n' },
      { lang: 'fr', text: 'Notre hébergeur a restauré la sauvegarde et le site est de nouveau en ligne.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'The developer made a mistake in the payment form.\n' },
      { lang: 'en', text: 'That\'s on our hosting provider, not on us. My accountant sent that letter.\n', count: 2 },
      { lang: 'fr', text: 'C\'est le technicien qui s\'est trompé.\n' },
      { lang: 'fr', text: 'C\'est la faute du prestataire. Voyez avec mon comptable.\n', count: 2 },
    ],
  },
  check(ctx, options) {
    const findings = perSentence(ctx, 'blame-colleague', (s) => {
      const findings: Finding[] = [];
      const hit = findInSentence('blame-colleague', s).find((m) => !CONDITIONAL.test(s.norm.slice(0, m.span.start - s.span.start))
        && !(m.via === 'frame' && QUESTION.test(s.plain)));
      // The writer owns it in the same sentence (pack group `owned`): no finding.
      if (!hit || hasGroup('blame-colleague', 'owned', s)) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('blame-colleague', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    for (const m of modelMatches('blame-colleague', ctx, findings, options, (s) => hasGroup('blame-colleague', 'owned', s))) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('blame-colleague', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
