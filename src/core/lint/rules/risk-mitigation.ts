// A risk named to the client comes with its impact and what you are doing about it (P3, P13):
// a bare "there is a risk" only worries them.
import type { Finding, LintRule, Sentence, Span } from '../types.js';
import { hasPhrase } from '../text/phrases.js';
import { IMPACT, MITIGATION, RISK_MENTION } from '../cues.js';
import { hasContent, labelledSections, sectionsWith, titleSpan } from '../structure.js';
import { PROSE_CUES } from '../../notes/section-cues.js';

// "No risks this week", « Aucun risque identifié », "low risk": nothing to mitigate.
// « Côté risques, rien à signaler », "All clear on risks", "**Risks:** none": saying there is none is not naming one.
const NO_RISK = /\b(?:no|none|zero|without|low|minimal|all clear|nothing|aucun|aucune|pas de|sans|faible|rien)\b[^.;:]{0,25}\b(?:risks?|risques?|threat\w*|menac\w*)\b|\b(?:risks?|risques?)\b[^.;]{0,15}\b(?:none|nil|aucun|néant|écarté|ecarte|faible|low|all clear|nothing to report|rien à signaler|rien a signaler|ras)\b/iu;

const says = (sentences: Sentence[], family: typeof IMPACT): boolean =>
  sentences.some(s => hasPhrase(family, s.text, [s.lang]));

function missing(impact: boolean, mitigation: boolean, span: Span): Finding[] {
  if (impact && mitigation) return [];
  const what = !impact && !mitigation ? { en: 'its impact and what you are doing about it', fr: 'son impact ni ce que vous faites pour le limiter' }
    : !impact ? { en: 'its impact (what it would change for the client: delay, cost)', fr: 'son impact (ce que cela changerait pour le client : délai, coût)' }
      : { en: 'what you are doing about it', fr: 'ce que vous faites pour le limiter' };
  return [{ span, message: {
    en: `This risk is named without ${what.en}: add it so the client is informed, not just worried.`,
    fr: `Ce risque est signalé sans ${what.fr} : ajoutez-le pour que le client soit informé, pas seulement inquiet.` } }];
}

const rule: LintRule = {
  id: 'risk-mitigation',
  summary: { en: 'A risk is named with its impact and what you are doing about it.', fr: 'Un risque est signalé avec son impact et ce que vous faites pour le limiter.' },
  principles: ['P3', 'P13'],
  why: { en: "A risk named early is the cheapest conflict avoided, but only if the client understands what it would cost them and what you are doing about it. Without its impact a risk worries without informing; without a mitigation it reads as an excuse prepared in advance.", fr: "Un risque signalé tôt est le conflit le moins cher à éviter, à condition que le client comprenne ce qu’il lui coûterait et ce que vous faites pour le limiter. Sans son impact, un risque inquiète sans informer ; sans parade, il ressemble à une excuse préparée d’avance." },
  defaultSeverity: 'warning',
  options: {},
  types: ['risk', 'status'],
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\nThis week I finished the member directory. One small risk: about 40 members have no email address, so they will not get the renewal reminders. I\'ve listed them in a spreadsheet for your office.\n', note: 'What is already done about it, whatever the verb.' },
      { lang: 'en', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\n## Blockers and risks\n- There is a risk that the bank approves the payment account late; that would delay the launch by a week. I have already sent them every document and I call them on Monday 23 November.\n' },
      { lang: 'fr', text: '---\ntype: risk\ndate: 2026-11-20\n---\n# Alerte sur un risque\n\n## Le risque\nL\'hébergeur arrête l\'offre actuelle.\n\n## Impact\nLe site serait coupé une journée.\n\n## Ce que je fais pour le limiter\nJe prépare la migration vers une nouvelle offre dès lundi.\n' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\n## Blockers and risks\n- There is a risk with the bank account.\n' },
      { lang: 'fr', text: '---\ntype: risk\ndate: 2026-11-20\n---\n# Alerte sur un risque\n\n## Le risque\nL\'hébergeur arrête l\'offre actuelle, ce qui couperait le site une journée.\n', note: 'Impact given, nothing about what you do.' },
    ],
  },
  check(ctx) {
    const author = ctx.sentences().filter(s => !s.quoted);
    if (ctx.type === 'risk') {
      // A heading, a bold label ("**Why it matters:**") or a sentence doing the job (section-cues.ts).
      const labels = labelledSections(ctx, 'risk');
      const impact = sectionsWith(ctx, ['impact']).some(s => hasContent(ctx, s)) || labels.has('impact') || says(author, IMPACT) || says(author, PROSE_CUES.impact!);
      const mitigation = sectionsWith(ctx, ['mitigation', 'options']).some(s => hasContent(ctx, s)) || labels.has('mitigation') || labels.has('options') || says(author, MITIGATION) || says(author, PROSE_CUES.mitigation!);
      const at = sectionsWith(ctx, ['risk'])[0]?.headingSpan ?? titleSpan(ctx);
      return missing(impact, mitigation, at);
    }
    // Status notes: each sentence naming a risk, read with the next sentence of its section.
    const findings: Finding[] = [];
    for (let i = 0; i < author.length; i++) {
      const s = author[i]!;
      if (!hasPhrase(RISK_MENTION, s.text, [s.lang]) || NO_RISK.test(s.text)) continue;
      const unit = [s];
      for (let j = i + 1; j < author.length && unit.length < 3 && author[j]!.section === s.section; j++) unit.push(author[j]!);
      findings.push(...missing(says(unit, IMPACT), says(unit, MITIGATION), s.span));
    }
    return findings;
  },
};

export default rule;
