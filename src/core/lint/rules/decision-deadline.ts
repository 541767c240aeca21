// Options or questions put to the client come with a date to decide by (P13): an open question
// with no deadline is how projects stall for weeks.
import type { Finding, LintRule, NoteContext, Sentence } from '../types.js';
import { hasPhrase } from '../text/phrases.js';
import { DEADLINE, DECISION_ASK, NEXT_CONTACT } from '../cues.js';
import { findOptions } from '../options-finder.js';
import { bodySpan, concreteDates, hasContent, meaningful, sectionBodies, sectionsWith } from '../structure.js';
import { sampleDate } from '../text/rule-kit.js';

const AT_CONTACT = /\b(?:when we (?:talk|speak|meet|chat|catch up)|(?:on|during) (?:our|the) (?:next )?call|at (?:our|the) (?:next )?(?:call|meeting|catch-up)|quand (?:on|nous) (?:se |nous )?(?:parlera|parlerons|reparlera|reparlerons|verra|verrons|appellera)|lors de (?:notre|ton|votre|l['’]) ?(?:prochain )?(?:appel|point|rendez-vous|échange|echange)|au (?:prochain )?(?:appel|point))/iu;
const NOTHING = /^(?:nothing|none|no|n\/a|rien|aucun|aucune|néant|neant|pas de)\b/i;

/** That section, under a heading or after a label ("**Decision by.** Wednesday 25 November"), gives a concrete date. */
function datedSection(ctx: NoteContext, id: string): boolean {
  return sectionBodies(ctx, id).some(span => concreteDates(ctx, span).length > 0);
}

/** A concrete date the client is asked to decide by: in a decision section, or in a sentence with a deadline word. */
function hasDeadline(ctx: NoteContext): boolean {
  if (datedSection(ctx, 'decision-date')) return true;
  return ctx.sentences().some(s => !s.quoted && hasPhrase(DEADLINE, s.text, [s.lang]) && concreteDates(ctx, s.span).length > 0);
}

/** A dated next contact (P13: "agree on when you will talk again"): what is asked is not left hanging. */
function datedNextContact(ctx: NoteContext): boolean {
  if (datedSection(ctx, 'next-contact')) return true;
  return ctx.sentences().some(s => !s.quoted && hasPhrase(NEXT_CONTACT, s.text, [s.lang]) && concreteDates(ctx, s.span).length > 0);
}

const rule: LintRule = {
  id: 'decision-deadline',
  summary: { en: 'Options or questions put to the client come with a date to decide by.', fr: 'Les options ou questions posées au client ont une date de décision.' },
  principles: ['P13'],
  why: { en: "Options or a question without a date leave the decision hanging, and the delay then lands on you. Give a date by which the client decides; if they need time, agree on when you will talk again.", fr: "Des options ou une question sans date laissent la décision en suspens, et le retard finit par vous être imputé. Donnez une date à laquelle le client décide ; s’il a besoin de temps, convenez du moment où vous en reparlerez." },
  defaultSeverity: 'warning',
  options: {},
  types: ['status', 'risk', 'incident', 'reply', 'delay', 'change-request'],
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: risk\ndate: 2026-11-20\n---\n# Risk warning\n\n**Options.**\n- A. Keep the launch date, with the review risk.\n- B. Launch without the new login.\n\n**Decision by.** Wednesday 25 November, end of day.\n', note: 'A bold label ending with a period, the date after it.' },
      { lang: 'en', text: '---\ntype: change-request\ndate: 2026-11-20\n---\n# Change request\n\nWhich option do you prefer? Please confirm by Wednesday 25 November so I can plan the work.\n' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n- A : corriger, 300 €, 2 jours.\n- B : remplacer, 900 €, 1 semaine.\n\n## Décision attendue le\nMercredi 25 novembre.\n' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: change-request\ndate: 2026-11-20\n---\n# Change request\n\nWhich option do you prefer? Let me know when you can.\n' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n- A : corriger, 300 €, 2 jours.\n- B : remplacer, 900 €, 1 semaine.\n\nMerci de me dire quelle option vous préférez.\n', note: 'Options, no date to decide by.' },
      { lang: 'fr', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\n## Ce dont j\'ai besoin de votre part\n- Les textes de la page d\'accueil.\n', note: 'A request with no date.' },
    ],
  },
  check(ctx) {
    // What is asked first (cheap phrase checks); dates (chrono) only when something is asked.
    const options = findOptions(ctx);
    const hasOptions = !!options && options.items.length >= 2;
    const asks: Sentence[] = ctx.sentences().filter(s => !s.quoted && hasPhrase(DECISION_ASK, s.text, [s.lang])
      && !(options?.section && s.span.start >= options.section.start && s.span.end <= options.section.end));
    const needed = sectionsWith(ctx, ['needed']).filter(sec => {
      const body = bodySpan(sec);
      return hasContent(ctx, sec) && !NOTHING.test(meaningful(ctx.text.slice(body.start, body.end)));
    });
    if (!hasOptions && !asks.length && !needed.length) return [];
    if (hasDeadline(ctx)) return [];
    const findings: Finding[] = [];
    const msg = {
      en: 'You ask the client to choose or decide but give no date: add "Please decide by <day, date>" so the project does not stall.',
      fr: 'Vous demandez au client de choisir ou de décider sans date : ajoutez « Merci de décider avant le <jour, date> » pour que le projet n\'attende pas.',
    };
    const decisionSection = sectionsWith(ctx, ['decision-date'])[0];
    if (hasOptions) findings.push({ span: decisionSection?.headingSpan ?? options!.anchor, message: msg });
    // "Let me know what suits you when we talk": the answer is due at the next contact, when it is dated.
    const all = ctx.sentences();
    const atContact = (s: Sentence): boolean => {
      const next = all[all.indexOf(s) + 1];
      return (AT_CONTACT.test(s.text) || (!!next && next.section === s.section && AT_CONTACT.test(next.text))) && datedNextContact(ctx);
    };
    // An open question (no options to choose from) can wait for a next contact already dated (P13:
    // "if they need time, agree on when you will talk again").
    const undated = hasOptions || !datedNextContact(ctx) ? asks.find(s => concreteDates(ctx, s.span).length === 0 && !atContact(s)) : undefined;
    if (!findings.length && undated) findings.push({ span: undated.span, message: msg });
    // Things the client sends (texts, photos) can wait for a next contact already dated; a choice cannot.
    for (const sec of needed.length && datedNextContact(ctx) ? [] : needed) {
      const body = bodySpan(sec);
      if (concreteDates(ctx, body).length) continue;
      if (findings.some(f => f.span.start >= body.start && f.span.end <= body.end)) continue; // already reported inside it
      findings.push({ span: sec.headingSpan, message: {
        en: `You need something from the client but give no date: say by when ("by ${sampleDate(ctx.refDate, 'en')}") so they can plan it.`,
        fr: `Vous attendez quelque chose du client sans date : dites pour quand (« d’ici le ${sampleDate(ctx.refDate, 'fr')} ») pour qu’il s’organise.` } });
    }
    return findings;
  },
};

export default rule;
