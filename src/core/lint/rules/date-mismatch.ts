// A date a client reads must be right: a weekday that does not match its date ("Friday 26 November
// 2026" is a Thursday) makes every other date in the message doubtful, and a promise dated before
// the note itself cannot be kept (P1, P13).
import type { Lang } from '../../ports.js';
import type { Nodes } from 'mdast';
import { frenchTypography } from '../../templates/typography.js';
import { weekdayLike, weekdayOffsets, writtenDay, type WrittenDay } from '../text/dates.js';
import type { DateMention, Finding, LintRule, NoteContext, Span } from '../types.js';
import { matchFamily } from '../text/phrases.js';
import { formatDate } from '../text/date-format.js';
import { NEXT_CONTACT } from '../cues.js';
import nextContactDate from './next-contact-date.js';

const DAY = 86_400_000;
const dayNumber = (d: Date): number => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const weekdayName = (d: Date, lang: Lang): string => formatDate(d, LOCALE[lang], WEEKDAY);
const longDate = (d: Date, lang: Lang): string => formatDate(d, LOCALE[lang], LONG_DATE);

// The writer commits to something: "I will", "we'll send", "you will receive"; « je vais »,
// « nous livrerons », « je vous envoie », « vous recevrez », « sera prêt ».
const PROMISE: Record<Lang, RegExp> = {
  en: /\b(?:(?:i|we)(?:'ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to|’re going to| are going to| plan to| promise to| commit to)|you(?:'ll|’ll| will) (?:receive|get|have|hear)|will be (?:ready|delivered|sent|done|live|online|finished|fixed))\b/iu,
  fr: /(?:^|[^\p{L}])(?:(?:je|j['’]|nous|on)(?:\s+(?:vous|te|t['’]|l['’]|le|la|les|lui|leur|en|y))*\s*\p{L}+(?:rai|rons)|je vais|nous allons|on va|je (?:vous |te )?(?:recontacte|rappelle|envoie|livre|reviens|transmets)|nous (?:vous |te )?(?:envoyons|livrons|transmettons)|vous (?:recevrez|aurez)|(?:sera|seront) (?:prête?s?|livrée?s?|en ligne|terminée?s?|envoyée?s?))(?![\p{L}])/iu,
};

const NEW_DATE = /^\W*(?:(?:new|revised|updated) (?:delivery |launch )?date|nouvelle date(?: de (?:livraison|mise en ligne))?|date (?:révisée|revue))\s*\W*\s*:/iu;
const NEW_DATE_HEADING = /^\W*(?:(?:new|revised|updated) (?:delivery |launch )?date|nouvelle date|date (?:révisée|revue))\W*$/iu;

// A past date the promise looks back from: "Following our meeting on Thursday 19 November, I'll…",
// « À la suite de notre rendez-vous le jeudi 19 novembre, je vous adresse… », "as we agreed on…".
const PAST_EVENT = /(?:^|[^\p{L}])(?:following|after|since|during) (?:our|your|my|the|last)(?![\p{L}])|(?:^|[^\p{L}])(?:met|spoke|talked|agreed|discussed|signed|sent|asked|said|wrote|called|received|decided|was|were|had)(?![\p{L}])|(?:suite|à la suite|a la suite|lors|depuis|après|apres) (?:de|du|à|a)?\s*(?:notre|votre|ton|ta|tes|nos|vos|la|le|l['’]|mon|ma|mes)|(?:avons|avez|as|a|ai|ont) (?:eu|parlé|parle|convenu|décidé|decide|signé|signe|envoyé|envoye|reçu|recu|dit|écrit|ecrit|demandé|demande)(?![\p{L}])|(?:^|[^\p{L}])(?:dernier|dernière|derniere|passé|passe)(?![\p{L}])/iu;
const looksBack = (ctx: NoteContext, at: number, within: Span): boolean => {
  const before = ctx.text.slice(Math.max(within.start, at - 80), at);
  return PAST_EVENT.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1));
};

/** Characters read after a weekday word: enough for "Wednesday, 25 November 2026 at 10:30". */
const WINDOW = 48;
const lineEnd = (text: string, at: number): number => { const e = text.indexOf('\n', at); return e === -1 ? text.length : e; };
/** Past this many weekday words the rest of a (huge or hostile) note is not read. */
const MAX_WINDOWS = 2000;
/** What the tree covers: a huge note gets a line-level tree over its first part only. */
const textEnd = (ctx: NoteContext): number => Math.max(0, ...ctx.tree.children.map(c => c.position?.end.offset ?? 0));

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

interface Read { text: string; span: Span; day: WrittenDay; }

/** The mention without the preposition the parser includes ("on Friday 26 November"). */
function read(m: DateMention, day: WrittenDay): Read {
  const lead = /^(?:on|the|by|le|du|au)\s+/i.exec(m.text)?.[0].length ?? 0;
  return { text: m.text.slice(lead), span: { start: m.span.start + lead, end: m.span.end }, day };
}

function mismatch(c: Read): Finding {
  const w = c.day.weekday!;
  const right = weekdayLike(c.day.date.getDay(), w.word);
  return {
    span: c.span,
    message: {
      en: `"${c.text}" does not match: ${longDate(c.day.date, 'en')} is a ${weekdayName(c.day.date, 'en')}, not a ${written(w.day, 'en')}. Correct the weekday or the date.`,
      fr: frenchTypography(`« ${c.text} » ne correspond pas : le ${longDate(c.day.date, 'fr')} est un ${weekdayName(c.day.date, 'fr')}, pas un ${written(w.day, 'fr')}. Corrigez le jour ou la date.`),
    },
    fixes: [{ title: { en: `Change the weekday to ${right}`, fr: `Remplacer le jour par ${right}` }, span: w.span, text: right, safe: true }],
  };
}

function pastPromise(c: Read, ref: Date): Finding {
  return {
    span: c.span,
    message: {
      en: `This promise is dated ${longDate(c.day.date, 'en')}, before the note's date (${longDate(ref, 'en')}): give a date still to come.`,
      fr: frenchTypography(`Cet engagement est daté du ${longDate(c.day.date, 'fr')}, avant la date de la note (${longDate(ref, 'fr')}) : donnez une date à venir.`),
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
    const ref = dayNumber(ctx.refDate);
    // A past next contact is next-contact-date's to report ("has passed"), once.
    const owned = !!ctx.type && !!nextContactDate.types?.includes(ctx.type);
    // Under a "New date" heading or after a "New delivery date:" label, the date itself is the promise.
    const sections = ctx.sections();
    const promises = ctx.sentences().filter(s => !s.quoted && (PROMISE[s.lang].test(s.text) || NEW_DATE.test(s.text)
      || (s.section >= 0 && NEW_DATE_HEADING.test(sections[s.section]?.heading ?? '')))
      && !(owned && matchFamily(NEXT_CONTACT, s.text, [s.lang], s.span.start).length)).map(s => s.span);
    const findings: Finding[] = [];
    const seen = new Set<number>();
    const check = (span: Span, promised: Span[]): void => {
      for (const m of ctx.dates(span)) {
        if (code.some(k => m.span.start < k.end && m.span.end > k.start)) continue;
        const d = writtenDay(m, ctx.refDate);
        if (!d) continue;
        const c = read(m, d);
        // A date read both from its weekday window and from its sentence counts once.
        if (seen.has(c.span.start)) continue;
        seen.add(c.span.start);
        if (d.weekday && d.weekday.day !== d.date.getDay()) findings.push(mismatch(c));
        else {
          const p = promised.find(q => c.span.start >= q.start && c.span.end <= q.end);
          if (p && dayNumber(d.date) < ref && !looksBack(ctx, m.span.start, p)) findings.push(pastPromise(c, ctx.refDate));
        }
      }
    };
    // The date parser is the costly part: it reads a short window from each weekday word
    // ("Friday 26 November 2026 at 10:00"), and whole sentences only when they promise something.
    for (const at of weekdayOffsets(ctx.text.slice(0, textEnd(ctx))).slice(0, MAX_WINDOWS)) check({ start: at, end: Math.min(lineEnd(ctx.text, at), at + WINDOW) }, promises);
    for (const p of promises) check(p, [p]);
    findings.sort((a, b) => a.span.start - b.span.start);
    return findings;
  },
};

export default rule;
