// dismissive (P8, P9): condescension and brush-offs ("this is too technical to explain", "as anyone
// knows", "just google it", "that's not my department", « ça ne me regarde pas », « débrouillez-vous »).
// The phrases live in packs/<lang>/dismissive.yaml.
import type { Finding, LintRule, Span } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findGroup, findInSentence, hasGroup, rewriteFixes, type PackMatch, type SentenceText } from '../packs/index.js';
import type { Lang } from '../../ports.js';
import { overlaps, perSentence } from '../text/rule-kit.js';
import { recallSpans } from './sarcasm.js';

/**
 * The pack hit dismissive reports in a sentence, if any. A hit inside a defence ("it's not my fault,
 * and not my problem either") is left to defensive-tone; a brush-off on its own ("that's not my
 * problem, talk to your host", "there's nothing I can do") is reported here even when defensive-tone
 * reads it too: it sends the client away, and the fix is to take the question on. The brush-off words
 * (problem, department, pay grade / problème, ressort, rien y faire) are the pack group `brush-off`.
 * defensive-tone asks this too, so the same span is reported once, by this rule.
 */
export function dismissiveHit(s: SentenceText & { span: Span; langs: readonly Lang[] }): PackMatch | undefined {
  // A recall of what was already said ("per my last email", group `recall`) that blame-client reports is its finding.
  const found = findInSentence('dismissive', s);
  const recall = found.length ? recallSpans('dismissive', s) : [];
  const hits = recall.length ? found.filter((m) => !overlaps(m.span, recall)) : found;
  if (!hits.length) return undefined;
  const defensive = findInSentence('defensive-tone', s).map((d) => d.span);
  const free = hits.find((m) => !overlaps(m.span, defensive));
  if (free) return free;
  const brush = findGroup('dismissive', 'brush-off', s).map((b) => b.span);
  return hits.find((m) => brush.some((b) => b.start >= m.span.start && b.end <= m.span.end));
}

const message = (text: string) => ({
  en: `"${text}" talks down to the client or sends them away: explain in plain words, or take the question on and say when you will answer.`,
  fr: `« ${text} » prend le client de haut ou le renvoie ailleurs : expliquez simplement, ou prenez la question en charge et dites quand vous répondrez.`,
});

export default {
  id: 'dismissive',
  summary: {
    en: 'Condescension or a brush-off ("too technical to explain", "just google it", "not my department"): explain, or take the question on.',
    fr: 'Condescendance ou fin de non-recevoir (« trop technique à expliquer », « ça ne me regarde pas », « débrouillez-vous ») : expliquez, ou prenez la question en charge.',
  },
  principles: ['P8', 'P9'],
  why: {
    en: 'A client who asks is trusting you with something they cannot do. Talking down to them, or sending them away, tells them the question was stupid or not your problem, and they stop asking until it is a conflict. Explain in plain words, or take the question on and say when you will answer.',
    fr: 'Un client qui demande vous confie ce qu\u2019il ne sait pas faire. Le prendre de haut, ou le renvoyer ailleurs, lui dit que sa question était bête ou ne vous concerne pas : il cesse de demander jusqu\u2019au conflit. Expliquez simplement, ou prenez la question en charge et dites quand vous répondrez.',
  },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'In short, the site was slow because the images were too large; we resized them.\n' },
      { lang: 'en', text: 'Billing is handled by Anna; I have forwarded your question and she will reply by Friday 27 November.\n' },
      { lang: 'fr', text: 'Ne vous inquiétez pas, ce n\'est pas compliqué et je vous guide au téléphone.\n', note: 'Reassurance, not contempt.' },
      { lang: 'fr', text: 'La facturation est gérée par Anne ; elle vous répond d\'ici le vendredi 27 novembre.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'This is too technical to explain.\n' },
      { lang: 'en', text: 'As anyone knows, a website needs hosting. That\'s not my department.\n', count: 2 },
      { lang: 'fr', text: 'Ça ne me regarde pas.\n' },
      { lang: 'fr', text: 'C\'est pourtant simple. Débrouillez-vous avec votre fournisseur.\n', count: 2 },
    ],
  },
  check(ctx, options) {
    const findings = perSentence(ctx, 'dismissive', (s) => {
      const findings: Finding[] = [];
      const hit = dismissiveHit(s);
      if (!hit) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('dismissive', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    // A sentence that welcomes the question or approves the client's idea ("no such thing as a silly
    // question", « c'est une bonne idée », "if I understand correctly") is not judged by the tone model:
    // the pack group `sincere` holds those openings, in the words of each language.
    for (const m of modelMatches('dismissive', ctx, findings, options, (s) => hasGroup('dismissive', 'sincere', s) || recallSpans('dismissive', s).length > 0)) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('dismissive', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
