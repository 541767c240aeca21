// non-apology (P12): an apology for the client's feelings ("sorry you feel that way"), in the passive
// ("mistakes were made") or with a hedge ("sorry if that upset you", « désolé que vous l'ayez mal pris »).
// A sincere apology names what we did. The phrases live in packs/<lang>/non-apology.yaml.
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findGroup, findInSentence, hasGroup, rewriteFixes } from '../packs/index.js';
import { perSentence, proseSentences } from '../text/rule-kit.js';
import { ACKNOWLEDGEMENT, hasPhrase } from '../text/phrases.js';

const APOLOGY_WORD = /sorry|apolog|regret|excuse|d[ée]sol[ée]|pardon/i;

const message = (text: string) => ({
  en: `"${text}" apologises for the client's feelings or hides who did it: say what we did wrong, that we are sorry, and what we will do.`,
  fr: `« ${text} » s'excuse des sentiments du client ou tait qui a agi : dites ce que nous avons mal fait, que nous en sommes désolés, et ce que nous allons faire.`,
});

export default {
  id: 'non-apology',
  summary: {
    en: 'An apology for the client\'s feelings, in the passive or with a hedge ("sorry you feel that way"): apologise for what you did.',
    fr: 'Des excuses pour les sentiments du client, au passif ou avec une réserve (« désolé que vous l\'ayez mal pris ») : excusez-vous de ce que vous avez fait.',
  },
  principles: ['P12'],
  why: {
    en: 'An apology that is about the client\'s feelings, hides who did it, or comes with an "if" tells the client they are the problem. It angers more than silence. A sincere apology names what we did, says sorry once, and says what we will do.',
    fr: 'Des excuses qui portent sur les sentiments du client, taisent qui a agi ou arrivent avec un « si » disent au client que le problème, c\u2019est lui. Elles fâchent plus que le silence. De vraies excuses nomment ce que nous avons fait, une fois, et disent ce que nous allons faire.',
  },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'I\'m sorry I missed our call on Monday. I can call you on Tuesday 24 November at 10:00.\n' },
      { lang: 'en', text: 'Sorry if you did not receive the invoice: here it is again.\n\n> Sorry you feel that way, they wrote.\n', note: 'A condition about facts, and the client\'s own words.' },
      { lang: 'fr', text: 'Nous sommes désolés pour le retard ; la facture corrigée est jointe.\n' },
      { lang: 'fr', text: 'Je suis désolé d\'avoir manqué notre appel de lundi.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'I\'m sorry you feel that way.\n' },
      { lang: 'en', text: 'Mistakes were made during the migration. Sorry if that upset you.\n', count: 2 },
      { lang: 'fr', text: 'Je suis désolé que vous l\'ayez mal pris.\n' },
      { lang: 'fr', text: 'Des erreurs ont été commises. Désolé si cela vous a vexé.\n', count: 2 },
    ],
  },
  check(ctx, options) {
    // The writer owns it (pack group `owned`), unless that ownership is only the client's view reported
    // (group `reported`: "sorry you feel I should have caught it").
    const owns = (s: Parameters<typeof hasGroup>[2]) => hasGroup('non-apology', 'owned', s) && !hasGroup('non-apology', 'reported', s);
    const findings = perSentence(ctx, 'non-apology', (s) => {
      const findings: Finding[] = [];
      // A weaker cue (pack group `weak`: sorry that someone else felt or met something) counts only when the
      // sentence neither owns the fault nor moves on to a remedy (group `remedy`).
      const hit = findInSentence('non-apology', s)[0] ?? (hasGroup('non-apology', 'remedy', s) ? undefined : findGroup('non-apology', 'weak', s)[0]);
      // The writer owns it in the same sentence (pack group `owned`): no finding.
      if (!hit || owns(s)) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('non-apology', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    // The next sentence of the same paragraph owns it ("I'm so sorry the bookings vanished on Saturday. My migration
    // script caused it, and everything is restored."): the apology is sincere, said in two sentences.
    const sentences = proseSentences(ctx);
    const ownedNext = (f: Finding) => {
      const i = sentences.findIndex((x) => x.span.start <= f.span.start && f.span.end <= x.span.end);
      const s = sentences[i], next = sentences[i + 1];
      return !!s && !!next && next.section === s.section && !/\n\s*\n/.test(ctx.text.slice(s.span.end, next.span.start)) && owns(next);
    };
    const kept = findings.filter((f) => !ownedNext(f));
    findings.length = 0;
    findings.push(...kept);
    // Saying back what the client felt, with no apology in it (« Je vois pourquoi ça t'a surpris », "I see why
    // that was a surprise"), is the acknowledgement P8 asks for, not an apology for their feelings.
    const acknowledges = (s: { text: string; lang: 'en' | 'fr' }) => !APOLOGY_WORD.test(s.text) && hasPhrase(ACKNOWLEDGEMENT, s.text, [s.lang]);
    for (const m of modelMatches('non-apology', ctx, findings, options, (s) => owns(s) || acknowledges(s))) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('non-apology', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
