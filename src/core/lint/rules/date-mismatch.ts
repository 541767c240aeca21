// A date a client reads must be right: a weekday that does not match its date ("Friday 26 November
// 2026" is a Thursday) makes every other date in the message doubtful, and a promise dated before
// the note itself cannot be kept (P1, P13).
import type { Lang } from '../../ports.js';
import type { Nodes } from 'mdast';
import { frenchTypography } from '../../templates/typography.js';
import { calendarDates, weekdayLike, type CalendarDate } from '../text/dates.js';
import type { Finding, LintRule, NoteContext, Span } from '../types.js';
import { matchFamily } from '../text/phrases.js';
import { NEXT_CONTACT } from '../cues.js';
import nextContactDate from './next-contact-date.js';

const DAY = 86_400_000;
const dayNumber = (d: Date): number => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const weekdayName = (d: Date, lang: Lang): string => d.toLocaleDateString(LOCALE[lang], { weekday: 'long' });
const longDate = (d: Date, lang: Lang): string => d.toLocaleDateString(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' });

// The writer commits to something: "I will", "we'll send", "you will receive"; « je vais »,
// « nous livrerons », « je vous envoie », « vous recevrez », « sera prêt ».
const PROMISE: Record<Lang, RegExp> = {
  en: /\b(?:(?:i|we)(?:'ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to|’re going to| are going to| plan to| promise to| commit to)|you(?:'ll|’ll| will) (?:receive|get|have|hear)|will be (?:ready|delivered|sent|done|live|online|finished|fixed))\b/iu,
  fr: /(?:^|[^\p{L}])(?:(?:je|j['’]|nous|on)(?:\s+(?:vous|te|t['’]|l['’]|le|la|les|lui|leur|en|y))*\s*\p{L}+(?:rai|rons)|je vais|nous allons|on va|je (?:vous |te )?(?:recontacte|rappelle|envoie|livre|reviens|transmets)|nous (?:vous |te )?(?:envoyons|livrons|transmettons)|vous (?:recevrez|aurez)|(?:sera|seront) (?:prête?s?|livrée?s?|en ligne|terminée?s?|envoyée?s?))(?![\p{L}])/iu,
};

/** Spans the checks skip: code, where dates are data, not words to a client. */
function codeSpans(ctx: NoteContext): Span[] {
  const out: Span[] = [];
  const stack: Nodes[] = [ctx.tree];
  while (stack.length) {
    const n = stack.pop()!;
    if ((n.type === 'code' || n.type === 'inlineCode' || n.type === 'yaml') && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      out.push({ start: n.position.start.offset, end: n.position.end.offset });
    } else if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}

// 1 November 2026 is a Sunday: day n of that week names weekday n.
const written = (day: number, lang: Lang): string => weekdayName(new Date(2026, 10, 1 + day), lang);

function mismatch(c: CalendarDate): Finding {
  const w = c.weekday!;
  const right = weekdayLike(c.date.getDay(), w.word);
  return {
    span: c.span,
    message: {
      en: `"${c.text}" does not match: ${longDate(c.date, 'en')} is a ${weekdayName(c.date, 'en')}, not a ${written(w.day, 'en')}. Correct the weekday or the date.`,
      fr: frenchTypography(`« ${c.text} » ne correspond pas : le ${longDate(c.date, 'fr')} est un ${weekdayName(c.date, 'fr')}, pas un ${written(w.day, 'fr')}. Corrigez le jour ou la date.`),
    },
    fixes: [{ title: { en: `Change the weekday to ${right}`, fr: `Remplacer le jour par ${right}` }, span: w.span, text: right, safe: true }],
  };
}

function pastPromise(c: CalendarDate, ref: Date): Finding {
  return {
    span: c.span,
    message: {
      en: `This promise is dated ${longDate(c.date, 'en')}, before the note's date (${longDate(ref, 'en')}): give a date still to come.`,
      fr: frenchTypography(`Cet engagement est daté du ${longDate(c.date, 'fr')}, avant la date de la note (${longDate(ref, 'fr')}) : donnez une date à venir.`),
    },
  };
}

const rule: LintRule = {
  id: 'date-mismatch',
  summary: { en: 'A weekday matches its date, and a promise is not dated in the past.', fr: 'Le jour de la semaine correspond à la date, et un engagement n\u2019est pas daté dans le passé.' },
  principles: ['P1', 'P13'],
  why: { en: "A date a client reads must be right: a weekday that does not match its date, or a promise dated before the note was written, makes every other date in the message doubtful, and the client cannot tell which one you meant.", fr: "Une date que le client lit doit être juste : un jour de la semaine qui ne correspond pas à la date, ou une promesse datée d’avant la note, rend douteuses toutes les autres dates du message, et le client ne sait plus laquelle vous vouliez dire." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: '---\ndate: 2026-11-20\n---\n# Weekly update\n\nThe login page went live on Monday 16 November. I will send the next update on Thursday 26 November 2026.\n' },
      { lang: 'fr', text: '---\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nLa page de connexion est en ligne depuis le lundi 16 novembre. Je vous recontacte le jeudi 26 novembre.\n' },
    ],
    invalid: [
      { lang: 'en', text: '---\ndate: 2026-11-20\n---\n# Weekly update\n\nI will send the next update on Friday 26 November 2026.\n', note: '26 November 2026 is a Thursday.' },
      { lang: 'en', text: '---\ndate: 2026-11-20\n---\n# Weekly update\n\nWe will deliver the payment page on 16 November.\n', note: 'A promise dated before the note.' },
      { lang: 'fr', text: '---\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nJe vous recontacte le vendredi 26 novembre.\n', note: 'Le 26 novembre 2026 est un jeudi.' },
      { lang: 'fr', text: '---\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nNous livrerons la page de paiement le 16 novembre.\n', note: 'Un engagement daté avant la note.' },
    ],
  },
  check(ctx) {
    const code = codeSpans(ctx);
    const bodyStart = ctx.tree.children[0]?.type === 'yaml' ? ctx.tree.children[0].position?.end.offset ?? 0 : 0;
    const found = calendarDates(ctx.text.slice(bodyStart), ctx.langs, ctx.refDate, bodyStart)
      .filter(c => !code.some(k => c.span.start < k.end && c.span.end > k.start));
    const findings: Finding[] = [];
    const ref = dayNumber(ctx.refDate);
    // A past next contact is next-contact-date's to report ("has passed"), once.
    const owned = !!ctx.type && !!nextContactDate.types?.includes(ctx.type);
    const promises = ctx.sentences().filter(s => !s.quoted && PROMISE[s.lang].test(s.text)
      && !(owned && matchFamily(NEXT_CONTACT, s.text, [s.lang], s.span.start).length));
    for (const c of found) {
      if (c.weekday && c.weekday.day !== c.date.getDay()) { findings.push(mismatch(c)); continue; }
      // Past only when the day is before the note's; a date without a year a few weeks back is
      // read as this year's (nearest), never as next year's.
      if (dayNumber(c.date) < ref && promises.some(s => c.span.start >= s.span.start && c.span.end <= s.span.end)) findings.push(pastPromise(c, ctx.refDate));
    }
    return findings;
  },
};

export default rule;
