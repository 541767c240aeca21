// blame-client (P10): the client is made responsible ("you should have", "as I already told you",
// « vous auriez dû », « comme je vous l'ai déjà dit »). Say what happens next instead.
// The phrases live in packs/<lang>/blame-client.yaml.
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findInSentence, hasGroup, rewriteFixes } from '../packs/index.js';
import { perSentence } from '../text/rule-kit.js';


// "if you didn't receive it" is a courtesy, not a reproach (frames read their own hypothesis: "had you replied").
const CONDITIONAL = /(?:\bif|\bwhether|\bin case(?: of)?|\bunless|\bsi|\bau cas ou|\ben cas d[e']|\bsauf si)\s*$/;
// A question asks, it does not state a fault: "did you get the wrong file?". Phrase lines still judge questions.
const QUESTION = /\?\s*$/;

const message = (text: string) => ({
  en: `"${text}" puts the blame on the client: state the facts and what you will do next.`,
  fr: `« ${text} » rejette la faute sur le client : exposez les faits et ce que vous allez faire.`,
});

export default {
  id: 'blame-client',
  summary: {
    en: 'The client is made responsible ("you should have", "as I already said"): state the situation and what happens next.',
    fr: 'Le client est rendu responsable (« vous auriez dû », « comme je vous l\'ai déjà dit ») : exposez la situation et la suite.',
  },
  principles: ['P10'],
  why: { en: "Making the client responsible (\"you should have…\", \"as I already told you…\") turns a problem into a fight about who is right, and an angry client digs in. State the situation and what happens next; do not justify yourself unless you must.", fr: "Rendre le client responsable (« vous auriez dû… », « comme je vous l’ai déjà dit… ») transforme un problème en dispute sur qui a raison, et un client fâché se braque. Exposez la situation et la suite ; ne vous justifiez que si c’est nécessaire." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'To keep the launch on Friday 27 November, I need the final texts by Wednesday 25 November.\n' },
      { lang: 'en', text: 'If you did not receive the invoice, tell me and I will send it again.\n\n> You should have told us earlier!\n', note: 'A courtesy, and the client\'s own words.' },
      { lang: 'fr', text: 'Pour tenir la mise en ligne du vendredi 27 novembre, il me faut les textes le mercredi 25 novembre.\n' },
      { lang: 'fr', text: 'Si vous n\'avez pas reçu la facture, dites-le-moi.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'You should have told us about the new logo before we printed.\n' },
      { lang: 'en', text: 'As I already said, the price does not include hosting. You didn\'t read my email.\n', count: 2 },
      { lang: 'fr', text: 'Vous auriez dû nous prévenir avant l\'impression.\n' },
      { lang: 'fr', text: 'Comme je vous l\'ai déjà dit, l\'hébergement n\'est pas compris.\n' },
    ],
  },
  check(ctx, options) {
    const findings = perSentence(ctx, 'blame-client', (s) => {
      const findings: Finding[] = [];
      const hit = findInSentence('blame-client', s)
        .find((m) => !(m.via === 'phrase' && CONDITIONAL.test(s.norm.slice(0, m.span.start - s.span.start))) && !(m.via === 'frame' && QUESTION.test(s.plain)));
      // The writer says in the same sentence that the client's act was reasonable, or owns the fault
      // (pack group `owned`: "which makes sense", « ce qui se comprend »): not judged.
      if (!hit || hasGroup('blame-client', 'owned', s)) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('blame-client', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    for (const m of modelMatches('blame-client', ctx, findings, options, (s) => hasGroup('blame-client', 'owned', s))) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('blame-client', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
