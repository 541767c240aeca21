// Dates the writer types when logging ("yesterday 4 pm", « hier 16 h », "vendredi",
// "Friday 4 December", 2026-12-04), read with the linter's date reader against a Clock. A date
// that cannot be read is an error the prompt shows, in the flow's language: never dropped.
import type { Clock, Lang } from '../ports.js';
import { readDate } from '../lint/text/dates.js';
import { dayOf, formatLongDate } from '../templates/dates.js';
import { isoWithOffset, localDay } from './dates.js';

export type Reading<T> = { ok: true; value: T; shown: string } | { ok: false; error: string };

const NOW: Record<Lang, RegExp> = { en: /^(?:now|right now|just now)$/i, fr: /^(?:maintenant|à l'instant|a l'instant|tout de suite)$/i };
const OTHER: Record<Lang, Lang> = { en: 'fr', fr: 'en' };
// Allow a minute of slack: "now" typed at 10:37:59 and read at 10:38:01 is not in the future.
const SLACK_MS = 60_000;

const MSG = {
  en: {
    unread: (t: string, ex: string) => `Could not read “${t}” as a date. Write it as “yesterday 4 pm”, “Friday” or ${ex}.`,
    future: (t: string, when: string) => `“${t}” is in the future (${when}). Log an exchange once it has happened.`,
    vague: (t: string, ex: string) => `“${t}” is a period, not a day. Name the day, e.g. “Friday” or ${ex}.`,
  },
  fr: {
    unread: (t: string, ex: string) => `Impossible de lire « ${t} » comme une date. Écrivez-la comme « hier 16 h », « vendredi » ou ${ex}.`,
    future: (t: string, when: string) => `« ${t} » est dans le futur (${when}). Consignez l’échange une fois qu’il a eu lieu.`,
    vague: (t: string, ex: string) => `« ${t} » désigne une période, pas un jour. Nommez le jour, par ex. « vendredi » ou ${ex}.`,
  },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** "Monday 30 November 2026 at 4:30 pm" / « lundi 30 novembre 2026 à 16 h 30 » (no time when none was given). */
export function formatWhen(d: Date, lang: Lang, withTime = true): string {
  const day = formatLongDate(dayOf(d), lang);
  if (!withTime) return day;
  const h = d.getHours(), m = d.getMinutes();
  if (lang === 'fr') return `${day} à ${h}\u00a0h${m ? `\u00a0${pad(m)}` : ''}`;
  return `${day} at ${h % 12 || 12}${m ? `:${pad(m)}` : ''}\u00a0${h < 12 ? 'am' : 'pm'}`;
}

function read(text: string, lang: Lang, ref: Date, forward: boolean) {
  return readDate(text, lang, ref, forward) ?? readDate(text, OTHER[lang], ref, forward);
}

/**
 * When an exchange happened: empty or "now" is the clock's now; a weekday alone is the last one
 * (« vendredi » typed on a Tuesday is last Friday); a moment later than now is refused.
 * The value is ISO 8601 with the local offset, as `at` holds it.
 */
export function readWhen(text: string, lang: Lang, clock: Clock): Reading<string> {
  const now = clock.now();
  const t = text.trim();
  if (!t || NOW.en.test(t) || NOW.fr.test(t)) return { ok: true, value: isoWithOffset(now), shown: formatWhen(now, lang) };
  const r = read(t, lang, now, false);
  if (!r || r.vague) return { ok: false, error: MSG[lang].unread(t, localDay(now)) };
  let d = r.date;
  if (r.weekdayOnly && d.getTime() > now.getTime() + SLACK_MS) d = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7, d.getHours(), d.getMinutes());
  if (d.getTime() > now.getTime() + SLACK_MS) return { ok: false, error: MSG[lang].future(t, formatWhen(d, lang, r.hasTime)) };
  return { ok: true, value: isoWithOffset(d), shown: formatWhen(d, lang, r.hasTime) };
}

/**
 * A calendar day to come (a commitment's due date, the next contact): a weekday alone is the next
 * one. A period ("next week", « la semaine prochaine ») is refused: a client cannot hold you to it.
 * The value is YYYY-MM-DD.
 */
export function readDay(text: string, lang: Lang, clock: Clock): Reading<string> {
  const now = clock.now();
  const t = text.trim();
  const r = t ? read(t, lang, now, true) : undefined;
  if (!r) return { ok: false, error: MSG[lang].unread(t, localDay(now)) };
  if (r.vague) return { ok: false, error: MSG[lang].vague(t, localDay(now)) };
  return { ok: true, value: localDay(r.date), shown: formatWhen(r.date, lang, false) };
}

export interface TypedCommitment { by: 'me' | 'client'; what: string; due?: string; state: 'open' }

const COMMITMENT_LINE = /^\s*(me|moi|client)\s*:\s*(.+?)(?:\s+@\s*([^@]*))?\s*$/i;
const COMMITMENT_HELP = {
  en: 'Write “me: what @when” or “client: what @when”, e.g. “me: send the mock-ups @Friday”.',
  fr: 'Écrivez « moi : quoi @quand » ou « client : quoi @quand », par ex. « moi : envoyer les maquettes @vendredi ».',
} as const;

/**
 * "me: send the plan @Friday", « moi : corriger le réglage @vendredi », "client: photos": a
 * commitment whose due date, when given after `@`, must be readable (never silently dropped).
 */
export function readCommitmentLine(text: string, lang: Lang, clock: Clock): Reading<TypedCommitment> {
  const m = COMMITMENT_LINE.exec(text);
  if (!m) return { ok: false, error: COMMITMENT_HELP[lang] };
  const by = /client/i.test(m[1]!) ? 'client' : 'me';
  if (m[3] === undefined) return { ok: true, value: { by, what: m[2]!, state: 'open' }, shown: '' };
  const due = readDay(m[3], lang, clock);
  if (!due.ok) return due;
  return { ok: true, value: { by, what: m[2]!, due: due.value, state: 'open' }, shown: due.shown };
}
