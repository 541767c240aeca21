// Dates a note needs (today, next update by the cadence, a decision date), computed from the
// Clock port and written in the note's language. No Intl: the output must not depend on the ICU
// data Node or VS Code happens to ship.
import type { Lang } from '../ports.js';

const DAYS: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A calendar day, free of time zones once built. */
export interface Day { year: number; month: number; day: number; }

export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function parseIsoDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  const check = toUtc(d);
  return check.getUTCMonth() + 1 === d.month && check.getUTCDate() === d.day ? d : undefined;
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekday(d: Day): number {
  return toUtc(d).getUTCDay();
}

export function addDays(d: Day, n: number): Day {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

const isWeekend = (d: Day): boolean => weekday(d) === 0 || weekday(d) === 6;

/** n working days (Monday to Friday) after d. */
export function addWorkingDays(d: Day, n: number): Day {
  let cur = d;
  for (let left = n; left > 0;) {
    cur = addDays(cur, 1);
    if (!isWeekend(cur)) left--;
  }
  return cur;
}

/** Moves a weekend day to the following Monday: clients are not promised a Saturday update. */
export function nextWorkingDayFrom(d: Day): Day {
  let cur = d;
  while (isWeekend(cur)) cur = addDays(cur, 1);
  return cur;
}

export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "Friday 27 November 2026" / "vendredi 27 novembre 2026" ("1er" on the first, as French writes it). */
export function formatLongDate(d: Day, lang: Lang): string {
  const dayNumber = lang === 'fr' && d.day === 1 ? '1er' : String(d.day);
  return `${DAYS[lang][weekday(d)]} ${dayNumber} ${MONTHS[lang][d.month - 1]} ${d.year}`;
}
