// A note to the client says when they will hear from you next, with a concrete date (P1, P13):
// fires when that is missing, vague ("next week"), in the past, or beyond the update cadence.
import type { LintRule, NoteContext, Span } from '../types.js';
import { matchFamily } from '../text/phrases.js';
import { NEXT_CONTACT } from '../cues.js';
import { bodySpan, concreteDates, sectionBodies, sectionsWith, titleSpan } from '../structure.js';
import { noteType, NOTE_TYPES } from '../../notes/note-types.js';
import { writtenDay } from '../text/dates.js';
import { formatDate } from '../text/date-format.js';

interface Options extends Record<string, unknown> { cadenceDays: number; graceDays: number; }

const DAY = 86_400_000;
const dayNumber = (d: Date): number => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
const FMT: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const fmt = (d: Date, lang: 'en' | 'fr'): string => formatDate(d, lang === 'fr' ? 'fr-FR' : 'en-GB', FMT);

/** The date to suggest: the last working day within the cadence (ref + cadence, back to Friday on a weekend). */
function suggestedDate(ref: Date, cadenceDays: number): Date {
  const d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + cadenceDays, 12);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() - 1);
  return d;
}

/** Where the note talks about the next contact: its section bodies and the sentences announcing it. */
function mentions(ctx: NoteContext): Span[] {
  // A next-contact section is authoritative; without one, any sentence announcing the next contact.
  const spans = sectionsWith(ctx, ['next-contact']).map(bodySpan);
  if (spans.length) return spans;
  const all = ctx.sentences();
  all.forEach((s, i) => {
    if (s.quoted || !matchFamily(NEXT_CONTACT, s.text, [s.lang], s.span.start).length) return;
    spans.push(s.span);
    // "I'll ring you that afternoon", « je vous appelle ce jour-là »: the day is the one just named.
    const prev = all[i - 1];
    if (prev && THAT_DAY.test(s.text)) spans.push(prev.span);
    // A label the splitter cut from its text ("**Next contact.** Thursday 3 December"): the date follows.
    const next = all[i + 1];
    if (next && LABEL_ONLY.test(s.text)) spans.push(next.span);
  });
  return spans.sort((a, b) => a.start - b.start);
}

const LABEL_ONLY = /^[\s*_]*[\p{L}' \u2019-]{2,40}[.:]?[\s*_]*$/u;
const TIME_OF_DAY = /(?:^|[^\p{L}])(?:at|by|before|à|a|avant|vers|dès)\s+\d{1,2}(?:[:.h]\s?\d{2}|\s?(?:am|pm|h))(?![\p{L}\d])/iu;
const THAT_DAY = /\b(?:that (?:day|morning|afternoon|evening|night)|the same day|then|ce jour-l[àa]|le jour m[êe]me|le soir m[êe]me|(?:à|a) cette date|ce (?:matin|soir|midi)-l[àa]|cet apr[èe]s-midi-l[àa])(?![\p{L}])/iu;

// A status that names its own rhythm ("Monthly report", « point mensuel ») is read at that rhythm.
const RHYTHM: Array<[RegExp, number]> = [[/\b(?:monthly|mensuel(?:le)?|du mois)\b/iu, 31], [/\b(?:fortnightly|bi-?weekly|every (?:two|2) weeks|bimensuel(?:le)?|toutes les (?:deux|2) semaines|de quinzaine)\b/iu, 14]];
function rhythmDays(ctx: NoteContext): number | undefined {
  const head = ctx.text.slice(0, 600).split('\n').filter(l => /^\s*(?:#|\*\*)/.test(l)).join(' ');
  return RHYTHM.find(([re]) => re.test(head))?.[1];
}

/** The last day the client decides by, when the note gives one: P13's "if they need time, agree on when you will talk again". */
function decisionDay(ctx: NoteContext): number | undefined {
  const days = sectionBodies(ctx, 'decision-date').flatMap(sp => concreteDates(ctx, sp)).map(d => dayNumber(writtenDay(d, ctx.refDate)?.date ?? d.date));
  return days.length ? Math.max(...days) : undefined;
}

/**
 * The last day the next contact may fall on. A weekly rhythm means "some day next week": a note
 * sent on a Tuesday may name the Friday of the week after. A contact before the client's decision
 * date keeps the matter open, however far that date is.
 */
function lastDay(ctx: NoteContext, ref: number, cadence: number, graceDays: number): number {
  const due = ref + cadence;
  const weekday = (due + 4) % 7; // day 0 of the epoch was a Thursday; 0 is Sunday
  const friday = cadence % 7 === 0 && weekday >= 1 && weekday <= 5 ? due + 5 - weekday : due;
  const last = Math.max(due + graceDays, friday);
  // A weekend after that last day is no silence the client notices: the Monday after still keeps the rhythm.
  const decision = decisionDay(ctx);
  // The call just after the client's decision date is the one that hears the decision: "Decision by
  // Wednesday 13 January; next contact: phone call on Thursday 14 January".
  return Math.max(pastWeekend(last), decision === undefined ? 0 : pastWeekend(decision + graceDays));
}

/**
 * A last day on a Friday or a weekend moves to the Monday after: no silence the client notices
 * (a note of Friday 4 December, weekly, two days of grace: Sunday 13, so Monday 14 still keeps it).
 */
function pastWeekend(day: number): number {
  const weekday = (day + 4) % 7;
  return weekday === 5 ? day + 3 : weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/** The span without its leading and trailing blank space (a section body starts with a newline). */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const rule: LintRule<Options> = {
  id: 'next-contact-date',
  summary: { en: 'A note to the client says when they will hear from you next, with a concrete date.', fr: 'Une note au client dit quand il aura de vos nouvelles, avec une date précise.' },
  principles: ['P1', 'P13'],
  why: { en: "Almost every clash starts with a misunderstanding, and silence is the most common one: a client who does not know when they will hear from you next imagines the worst. Say when, with a date they can put in a calendar, within your update cadence.", fr: "Presque tout conflit commence par un malentendu, et le silence est le plus fréquent : un client qui ne sait pas quand il aura de vos nouvelles imagine le pire. Dites quand, avec une date qu’il peut noter dans son agenda, dans le rythme de suivi convenu." },
  defaultSeverity: 'warning',
  options: {
    cadenceDays: { type: 'number', default: 7, description: 'Longest gap, in days, before the next contact in a status note, twice that in other notes (the profile\'s cadenceDays wins when set).' },
    graceDays: { type: 'number', default: 2, description: 'Days of slack past the cadence (a weekend) before the rule fires.' },
  },
  types: NOTE_TYPES.filter(t => t.toClient && t.sections.some(s => s.id === 'next-contact')).map(t => t.id),
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\nThe login page is done.\n\n## Next update\nI will send the next update on Friday 27 November.\n' },
      { lang: 'fr', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nLa page de connexion est terminée. Je vous recontacte le jeudi 26 novembre à 10 h pour la démo.\n', note: 'A sentence announcing the next contact counts, without a section.' },
      { lang: 'en', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Delay notice\n\nThe members\' area moves to Tuesday 1 December.\n\n## Next contact\nI\'ll confirm on Monday 30 November that we\'re on track.\n', note: 'Outside a status note the next contact may be up to twice the cadence away.' },
      { lang: 'fr', text: '---\ntype: payment-reminder\ndate: 2026-11-20\n---\n# Relance de facture\n\nLa facture F-77 de 860 € est échue depuis le 31 octobre ; virement sur l\'IBAN de la facture.\n\nJe ferai un suivi le mardi 1er décembre.\n', note: '« Je ferai un suivi » announces the next contact.' },
      { lang: 'en', text: '---\ntype: status\ndate: 2026-12-01\n---\n# Weekly update\n\nThe login page is done.\n\n**Next contact:** call on Friday 11 December at 10:00.\n', note: 'A weekly note sent on a Tuesday may name the Friday of the week after.' },
      { lang: 'fr', text: '---\ntype: status\ndate: 2026-12-04\n---\n# Point de la semaine\n\nLa page de rendez-vous est en ligne.\n\n## Prochain contact\nAppel lundi le 14 décembre à 10 h.\n', note: 'Un point du vendredi peut annoncer le lundi d\'après la semaine suivante : le week-end ne compte pas.' },
      { lang: 'en', text: '---\ntype: risk\ndate: 2026-12-03\n---\n# Risk: higher card fees\n\nThe provider raises its fee on 1 February 2027.\n\n## Decision needed by\nFriday 8 January 2027.\n\n## Next contact\nI\'ll call on Monday 11 January at 8:30.\n', note: 'The Monday after a Friday decision date hears the decision.' },
      { lang: 'fr', text: '---\ntype: risk\ndate: 2026-12-01\n---\n# Risque : le flux du port change de format\n\nLe flux passera à un nouveau format le 1er février.\n\n**Décision attendue :** vendredi 15 janvier 2027.\n\n**Prochain contact :** je t\'appelle le jeudi 7 janvier 2027 pour répondre à tes questions avant la décision.\n', note: 'Un contact avant la date de décision laisse au client le temps de choisir (P13).' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\nThe login page is done. I will keep you posted next week.\n', note: 'Vague: no day.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\nThe server crashed on Thursday night.\n', note: 'Missing.' },
      { lang: 'fr', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\n## Prochain point\nLe lundi 16 novembre.\n', note: 'In the past.' },
      { lang: 'fr', text: '---\ntype: status\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\n## Prochain point\nLe mardi 15 décembre.\n', note: 'Beyond the weekly cadence.' },
      { lang: 'en', text: '---\ntype: status\ndate: 2026-12-04\n---\n# Weekly update\n\nThe upload is live.\n\n## Next contact\nTuesday 15 December at 9:30.\n', note: 'Past the Monday after the grace days.' },
    ],
  },
  check(ctx, opts) {
    const lang = ctx.langs[0]!;
    // The cadence is the rhythm of the regular updates: a status note keeps it. Other notes (a delay,
    // a risk, a payment reminder) name the next contact tied to their own matter, often further off.
    const cadence = Math.max((ctx.cadenceDays ?? opts.cadenceDays) * (ctx.type === 'status' ? 1 : 2), rhythmDays(ctx) ?? 0);
    const sample = suggestedDate(ctx.refDate, cadence);
    const spans = mentions(ctx);
    if (!spans.length) {
      const en = fmt(sample, 'en'), fr = fmt(sample, 'fr');
      const def = noteType(ctx.type!)!;
      const heading = def.sections.find(s => s.id === 'next-contact')!.headings[lang][0];
      const line = lang === 'fr' ? `Je vous recontacte le \${1:${fr}}.` : `I will send you the next update on \${1:${en}}.`;
      const sep = ctx.text.endsWith('\n\n') ? '' : ctx.text.endsWith('\n') ? '\n' : '\n\n';
      return [{ span: titleSpan(ctx), message: {
        en: `The client does not know when they will hear from you next: add a next contact with a date ("Next update: ${en}").`,
        fr: `Le client ne sait pas quand il aura de vos nouvelles : ajoutez un prochain contact daté (« Prochain point : ${fr} »).` },
        fixes: [{ title: { en: 'Insert a next-contact line', fr: 'Insérer un prochain contact' }, safe: false, snippet: true,
          span: { start: ctx.text.length, end: ctx.text.length }, text: `${sep}## ${heading}\n\n${line}\n` }] }];
    }
    // A day and month read as written (nearest year): "Monday 16 November" in a note of 20 November
    // has passed; looking forward would make it a Monday 16 November years away.
    const dates = spans.flatMap(sp => concreteDates(ctx, sp)).map(d => ({ ...d, date: writtenDay(d, ctx.refDate)?.date ?? d.date }));
    // "I'll email you at 17:00 with the list": a time of day alone is later today.
    if (!dates.length && spans.some(sp => TIME_OF_DAY.test(ctx.text.slice(sp.start, sp.end)))) return [];
    if (!dates.length) {
      const en = fmt(sample, 'en'), fr = fmt(sample, 'fr');
      return [{ span: trim(ctx.text, spans[0]!), message: {
        en: `The next contact has no concrete date: name the day ("on ${en}"), not "soon" or "next week".`,
        fr: `Le prochain contact n\'a pas de date précise : donnez le jour (« le ${fr} »), pas « bientôt » ni « la semaine prochaine ».` } }];
    }
    const ref = dayNumber(ctx.refDate);
    const future = dates.filter(d => dayNumber(d.date) >= ref);
    if (!future.length) {
      const d = dates[0]!;
      return [{ span: d.span, message: {
        en: `The next contact date (${fmt(d.date, 'en')}) has passed: give a date still to come.`,
        fr: `La date du prochain contact (${fmt(d.date, 'fr')}) est déjà passée : donnez une date à venir.` } }];
    }
    const first = future.reduce((a, b) => (a.date < b.date ? a : b));
    if (dayNumber(first.date) > lastDay(ctx, ref, cadence, opts.graceDays)) {
      return [{ span: first.span, message: {
        en: `The next contact (${fmt(first.date, 'en')}) is more than ${cadence} days away: the client should hear from you within the update cadence.`,
        fr: `Le prochain contact (${fmt(first.date, 'fr')}) est à plus de ${cadence} jours : le client doit avoir de vos nouvelles au rythme convenu.` } }];
    }
    return [];
  },
};

export default rule;
