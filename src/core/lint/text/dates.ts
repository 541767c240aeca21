// Dates a note mentions, understood by chrono-node in English and French, relative to the note's date.
//
// What counts as `concrete` (a date a client can put in a calendar and hold you to):
// - a day of a month: "Friday 27 November", "27/11", "Nov 27", « jeudi 3 décembre à 10 h », « le 3 déc. »,
//   and a bare day of the month after a preposition: "on the 27th", « le 27 » (this month or next);
// - a named weekday: "on Friday", « vendredi », "next Monday". A client reads "I'll send it Friday" as a
//   promise for the coming Friday, so it is a commitment, not vague timing;
// - a named day: "today", "tomorrow", "tonight", « demain », « aujourd'hui », « ce soir »;
// - an exact count of days or hours from the note's date: "in 2 days", « dans 3 jours », "within 48 hours".
// Not concrete: weeks, months, years and fuzzy counts ("next week", "this week", "in a few days",
// « la semaine prochaine », « dans les prochains jours », "in December", "end of month"), and a time alone.
import * as chrono from 'chrono-node';
import type { Lang } from '../../ports.js';
import type { DateMention, Span } from '../types.js';
import { normalizeText } from './normalize.js';

// Cheap gate: a line that has none of these cannot hold a date, so chrono never sees it.
const HINT = /\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:lun|mar|mer|jeu|ven|sam|dim)\. \d|\b(?:le|du|au|the|on|by) \d|\d(?:st|nd|rd|th|er)\b|\b20\d\d\b|today|tonight|tomorrow|yesterday|noon|midnight|\bnow\b|day|week|month|year|\bjan|\bfeb|\bmar|\bapr|\bmay\b|\bjun|\bjul|\baug|\bsep|\boct|\bnov|\bdec|hier|demain|jour|semaine|mois|annee|\ban\b|\bans\b|soir|matin|midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\bjanv|\bfev|\bavr|\bmai\b|\bjuin|\bjuil|\baout|maintenant|heure|hour/;
// A mention whose words are about a period or a fuzzy amount, not a day.
const VAGUE = /\b(?:week|weeks|weekend|month|months|year|years|quarter|few|couple|several|some|coming|end|beginning|early|late|mid|semaine|semaines|week-end|mois|an|ans|annee|annees|trimestre|quelques|plusieurs|prochains|prochaines|fin|debut|mi)\b/;
// "in a day or two", « dans un jour ou deux », "in 3 days or so": a count made fuzzy by what follows it.
const FUZZY_AFTER = /^\s*(?:or (?:two|three|so|more)|ou (?:deux|trois|plus)|(?:,\s*)?(?:more or less|give or take|environ|a peu pres|plus ou moins))\b/;
// "now", « maintenant »: an instant, not a day anyone can hold you to ("any day now").
const INSTANT = /^(?:right |just )?(?:now|maintenant|immediatement|tout de suite|en ce moment)$/;
// A count of days or hours is exact only with a number: "in 2 days", not "in the days ahead".
const COUNT_UNIT = /\b(?:days?|hours?|minutes?|jours?|heures?)\b/;
const NUMBER = /\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\b/;
const NAMED_DAY = /\b(?:ce soir|ce matin|cet apres-midi|tonight|this (?:morning|afternoon|evening))\b/;
const SLASH_ONLY = /^(\d{1,2})[/.-](\d{1,2})$/;
const SLASH_CONTEXT = /(?:\b(?:on|by|due|before|until|till|from|to|for|the|le|du|au|avant|jusqu'au|pour|d'ici|ce|des)|\p{L}+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$/u;

// "on the 27th" / « le 27 »: a day of the month without the month, which chrono leaves out.
const DAY_OF_MONTH: Record<Lang, RegExp> = {
  en: /\b(?:on|by|before|until|till|from|for)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+\p{L})/giu,
  fr: /\b(?:le|du|au|avant le|jusqu'au|d'ici le|pour le|dès le|des le)\s+(1er|\d{1,2})\b(?!\s*(?:[h:%€$/.,-]\s*\d|janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|%|€|h\b|heures?|jours?|mois|semaines?|ans?|minutes?|pages?|fois|personnes?|euros?|\d))/giu,
};

/**
 * A copy of a chrono configuration whose parsers return the same inner pattern object on every call.
 * Some (the French casual and time-unit parsers) build a new RegExp each time, which makes chrono
 * rebuild their full pattern on every parse. Same patterns, same results; shared parsers untouched.
 */
function withStablePatterns(c: chrono.Chrono): chrono.Chrono {
  const copy = c.clone();
  copy.parsers = copy.parsers.map((p) => {
    const q = p as unknown as { innerPattern?: (ctx: unknown) => unknown };
    if (typeof q.innerPattern !== 'function') return p;
    let a: unknown, b: unknown;
    try { a = q.innerPattern({ option: { forwardDate: true } }); b = q.innerPattern({ option: {} }); } catch { return p; }
    if (!(a instanceof RegExp) || !(b instanceof RegExp) || a === b || a.source !== b.source || a.flags !== b.flags) return p;
    const fixed = a;
    const own = Object.create(p) as typeof q;
    own.innerPattern = () => fixed;
    return own as unknown as typeof p;
  });
  return copy;
}

const parsers: Record<Lang, chrono.Chrono> = { en: withStablePatterns(chrono.en.casual), fr: withStablePatterns(chrono.fr.casual) };

function concreteOf(result: chrono.ParsedResult, norm: string, before: string): boolean | null {
  const s = result.start;
  // "1/2", "3-4" are fractions and ranges unless a day is > 12 or a preposition announces a date.
  const slash = SLASH_ONLY.exec(result.text.trim());
  if (slash && !s.isCertain('year') && !SLASH_CONTEXT.test(before) && Math.max(...slash.slice(1).map(Number)) <= 12) return null;
  if (VAGUE.test(norm) || INSTANT.test(norm.trim())) return false;
  if (COUNT_UNIT.test(norm) && !NUMBER.test(norm)) return false;
  if (NAMED_DAY.test(norm)) return true;
  if (s.isCertain('day') && (s.isCertain('month') || s.isCertain('weekday'))) return true;
  if (s.isCertain('weekday')) return true;
  return false;
}

/**
 * chrono may merge two mentions a comma apart into one it is unsure of ("the morning tomorrow,
 * Wednesday 25 November" read as this morning): when the whole is no day, its last part is read alone.
 */
function splitMerged(r: chrono.ParsedResult, read: string, lang: Lang, refDate: Date): chrono.ParsedResult[] {
  const comma = r.text.lastIndexOf(', ');
  if (comma < 0 || r.start.isCertain('day')) return [r];
  const from = r.index + comma + 2;
  // The same line with all before the last part blanked: offsets stay those of the line.
  const tail = ' '.repeat(from) + read.slice(from, r.index + r.text.length);
  const again = parsers[lang].parse(tail, refDate, { forwardDate: true }).filter((x) => x.start.isCertain('day'));
  return again.length ? again : [r];
}

// "Fri 4/12", "Tue 1/12": British, Australian and Indian writers put the day first. chrono reads month
// first; when the weekday written fits only the day-first reading, or both and day-first is nearer, it wins.
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/;
function dayFirst(text: string, read: Date, ref: Date): Date | undefined {
  const m = SLASH_DATE.exec(text);
  const w = m && WEEKDAY_WORD.exec(text);
  if (!m || !w || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return undefined;
  const wd = weekdayIndex(w[0]);
  const day = Number(m[1]), month = Number(m[2]) - 1;
  const years = m[3] ? [m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])] : [ref.getFullYear(), ref.getFullYear() + 1];
  const alt = years.map((y) => new Date(y, month, day, read.getHours(), read.getMinutes()))
    .find((d) => d.getMonth() === month && d >= new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - 7));
  if (!alt || alt.getDay() !== wd) return undefined;
  const gap = (d: Date): number => Math.abs(d.getTime() - ref.getTime());
  return read.getDay() !== wd || gap(alt) < gap(read) ? alt : undefined;
}

function nextDayOfMonth(ref: Date, day: number): Date {
  const d = new Date(ref.getFullYear(), ref.getMonth(), day, 12);
  if (d.getDate() !== day || d < new Date(ref.getFullYear(), ref.getMonth(), ref.getDate())) {
    return new Date(ref.getFullYear(), ref.getMonth() + 1, day, 12);
  }
  return d;
}

const FR_RANGE = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=\s+(?:1er|\d{1,2})\s+(?:au|et)\s)|(?<=\b(?:1er|\d{1,2})\s+(?:au|et)\s+)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=\s+(?:1er|\d{1,2})\b)/giu;

/**
 * A French line as chrono reads it, same length so offsets and ends still hold: typographic
 * apostrophes as straight ones, « 10 h 30 » as
 * « 10h30 » (padded in front), and the weekdays of a range blanked (« du mardi 24 au vendredi 27
 * novembre » is read, « du 24 au 27 novembre » is).
 */
const WEEKDAY_LE = /(?<=\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)le\s+(1er|\d{1,2})(?=\s+\p{L})/giu;
function frenchHours(line: string): string {
  // chrono knows « aujourd'hui » with a straight apostrophe only; one character for one keeps offsets.
  let out = line.includes('\u2019') ? line.replace(/\u2019/g, "'") : line;
  if (/\d\s+h\b/i.test(out)) out = out.replace(/\b(\d{1,2})\s+h(?:\s*(\d{2}))?\b/gi, (m, h: string, min?: string) => `${h}h${min ?? ''}`.padStart(m.length));
  if (/\s(?:au|et)\s/i.test(out)) out = out.replace(FR_RANGE, (m) => ' '.repeat(m.length));
  // Québec and spoken French put an article between the weekday and its date (« mercredi le 2 décembre »).
  if (/\sle\s/i.test(out)) out = out.replace(WEEKDAY_LE, (m, day: string) => day + ' '.repeat(m.length - day.length));
  return out;
}

// « jeudi 3 », « mardi 24 au plus tard »: a weekday and a day of the month, no month. chrono reads
// nothing, or the weekday alone (« jeudi 3 » as the coming Thursday); it is the next such day of the month.
const FR_WEEKDAY_DAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\.)\s+(1er|\d{1,2})\b(?!\s*(?:[h:%€$/.,-]\s*\d|janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|%|€|h\b|heures?|jours?|mois|semaines?|ans?|minutes?|\d))/giu;

// Without a year, only where a date is expected: after a weekday, a date preposition or a label's colon.
const DOTTED_BEFORE = /(?::\s*|\b(?:le|du|au|jusqu'au|d'ici le|on|due|until|till)\s+|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\.?),?\s+)$/;
const DOTTED = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d.,]*\s*(?:€|\$|£|eur|chf|%))(?!\d)/giu;

function findInLine(line: string, base: number, langs: readonly Lang[], refDate: Date): DateMention[] {
  const out: DateMention[] = [];
  const norm = normalizeText(line);
  for (const lang of langs) {
    const read = lang === 'fr' ? frenchHours(line) : line;
    for (const r of parsers[lang].parse(read, refDate, { forwardDate: true }).flatMap((x) => splitMerged(x, read, lang, refDate))) {
      let concrete = concreteOf(r, normalizeText(r.text), norm.slice(Math.max(0, r.index - 12), r.index));
      if (concrete === null) continue;
      if (concrete && FUZZY_AFTER.test(norm.slice(r.index + r.text.length, r.index + r.text.length + 24))) concrete = false;
      const lead = lang === 'fr' && /^\d/.test(r.text) ? FR_SHORT_BEFORE.exec(line.slice(Math.max(0, r.index - 8), r.index))?.[0].length ?? 0 : 0;
      const at = r.index - lead;
      const date = lang === 'en' ? dayFirst(r.text, r.start.date(), refDate) ?? r.start.date() : r.start.date();
      out.push({ text: line.slice(at, r.index + r.text.length), span: { start: base + at, end: base + r.index + r.text.length }, date, concrete });
    }
    const re = DAY_OF_MONTH[lang];
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const day = m[1] === '1er' ? 1 : Number(m[1]);
      if (day < 1 || day > 31) continue;
      out.push({ text: line.slice(m.index, m.index + m[0].length), span: { start: base + m.index, end: base + m.index + m[0].length },
        date: nextDayOfMonth(refDate, day), concrete: true });
    }
    // "27.11." / « 27.11.2026 »: day and month with dots, as Swiss, Belgian and German writers put them.
    // The closing dot or a year tells it from a decimal ("27.11 €").
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(line); m; m = DOTTED.exec(line)) {
      const day = Number(m[1]), month = Number(m[2]);
      if (!m[3] && !DOTTED_BEFORE.test(normalizeText(line.slice(Math.max(0, m.index - 16), m.index)))) continue;
      if (day < 1 || day > 31 || month < 1 || month > 12 || out.some((o) => o.span.start <= base + m!.index && base + m!.index < o.span.end)) continue;
      const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : refDate.getFullYear() + (month - 1 < refDate.getMonth() - 6 ? 1 : 0);
      out.push({ text: m[0], span: { start: base + m.index, end: base + m.index + m[0].length }, date: new Date(year, month - 1, day, 12), concrete: true });
    }
    if (lang !== 'fr') continue;
    FR_WEEKDAY_DAY.lastIndex = 0;
    for (let m = FR_WEEKDAY_DAY.exec(norm); m; m = FR_WEEKDAY_DAY.exec(norm)) {
      const day = m[1] === '1er' ? 1 : Number(m[1]);
      if (day < 1 || day > 31) continue;
      const span = { start: base + m.index, end: base + m.index + m[0].length };
      // chrono's reading of the same words that lost the day (« vendredi 3 à 10 h » as the coming Friday) goes.
      for (let i = out.length - 1; i >= 0; i--) {
        const o = out[i]!;
        if (o.span.start < span.end && span.start < o.span.end && (o.span.end <= span.end || o.date.getDate() !== day)) out.splice(i, 1);
      }
      out.push({ text: line.slice(m.index, m.index + m[0].length), span, date: nextDayOfMonth(refDate, day), concrete: true });
    }
  }
  return out;
}

/** Drops mentions overlapping a longer (or, if equal, concrete) one: "27/11" found by both parsers counts once. */
function dedupe(all: DateMention[]): DateMention[] {
  all.sort((a, b) => a.span.start - b.span.start || (b.span.end - b.span.start) - (a.span.end - a.span.start) || Number(b.concrete) - Number(a.concrete));
  const out: DateMention[] = [];
  for (const d of all) {
    const prev = out[out.length - 1];
    if (prev && d.span.start < prev.span.end) {
      if (d.concrete && !prev.concrete && d.span.end - d.span.start >= prev.span.end - prev.span.start) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * Per-note memo of findInLine, keyed by the line's text (results at offset 0): a note asked about
 * a section and then about the sentences in it, or repeating a line, runs chrono once per line.
 * Only valid for one `langs` and `refDate`: make one per note.
 */
export interface DateLineCache { get(line: string): DateMention[] | undefined; set(line: string, found: DateMention[]): unknown; }

function shifted(found: DateMention[], base: number): DateMention[] {
  return found.map((d) => ({ text: d.text, span: { start: d.span.start + base, end: d.span.end + base }, date: new Date(d.date.getTime()), concrete: d.concrete }));
}

/** Every date mentioned in `text` (in any of `langs`), resolved against `refDate`; spans shifted by `offset`. */
export function findDates(text: string, langs: Lang[], refDate: Date, offset = 0, cache?: DateLineCache): DateMention[] {
  const all: DateMention[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0 && line.length < 5000 && HINT.test(normalizeText(line))) {
      if (cache) {
        let hit = cache.get(line);
        if (!hit) { hit = findInLine(line, 0, langs, refDate); cache.set(line, hit); }
        all.push(...shifted(hit, offset + pos));
      } else all.push(...findInLine(line, offset + pos, langs, refDate));
    }
    pos += line.length + 1;
  }
  return dedupe(all);
}

// Weekday words, English full and short, French full, and French short before a day number
// (« ven. 3 déc. »: alone, « mer », « sam » or « dim » are other words).
const WEEKDAY_WORD = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|(?:dim|lun|mar|mer|jeu|ven|sam)(?=\.?\s*(?:\d|1er)))\b\.?/iu;
const EN_SHORT = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const FR_SHORT = ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'];
// A French short weekday just before a mention chrono read without it: « ven. » + « 3 déc. ».
const FR_SHORT_BEFORE = /\b(?:dim|lun|mar|mer|jeu|ven|sam)\.?\s+$/iu;
// A month written as a word or a number: "26 November", "Nov 26", « 26 déc. », "26/11" (not "mardi 8").
const MONTH_WRITTEN = /\d\s*[/.-]\s*\d|\b(?:jan|feb|f[ée]v|mar(?!di)|apr|avr|may|mai(?!n)|jun|juin|jul|juil|aug|ao[uû]t|sep|oct|nov|dec|déc)/i;
const YEAR_WRITTEN = /\b(?:19|20)\d\d\b/;

/** WEEKDAY_WORD for scanning a whole text, made once (not a new regex per note). */
const WEEKDAY_WORDS = new RegExp(WEEKDAY_WORD.source, 'giu');

/** Offsets in `text` where a weekday word starts (a cheap scan, before any date parse). */
export function weekdayOffsets(text: string): number[] {
  const re = WEEKDAY_WORDS;
  re.lastIndex = 0;
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Day index (0 = Sunday) of a weekday word, or undefined. */
export function weekdayIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const fr = FR_DAYS.indexOf(w);
  if (fr >= 0) return fr;
  const frShort = FR_SHORT.indexOf(w);
  if (frShort >= 0) return frShort;
  const en = EN_SHORT.findIndex(x => w.startsWith(x));
  return en >= 0 ? en : undefined;
}

/** A date as the writer wrote it: day and month both written, the year written or the nearest one. */
export interface WrittenDay {
  date: Date;
  yearGiven: boolean;
  /** The weekday word written with it ("Friday", « vendredi », "Fri"), offsets in the note. */
  weekday?: { span: Span; word: string; day: number };
}

/**
 * The day a mention names, read as written rather than looking forward: the year written, else
 * the one nearest the reference. The date parser looks forward, and with a weekday it even picks
 * the next year whose date falls on that weekday, so "Friday 26 November" (a Thursday in 2026)
 * would silently become 2027. Undefined when the day and month are not both written.
 */
export function writtenDay(m: DateMention, refDate: Date): WrittenDay | undefined {
  if (!MONTH_WRITTEN.test(m.text)) return undefined;
  const month = m.date.getMonth();
  const day = m.date.getDate();
  // The parser may merge "this morning, Monday 23 November" into one mention dated this morning:
  // only a mention whose own day number is written is read as that day.
  if (!(m.text.match(/\d+/g) ?? []).some(n => Number(n) === day)) return undefined;
  const year = YEAR_WRITTEN.exec(m.text);
  let date: Date;
  if (year) date = new Date(Number(year[0]), month, day, 12);
  else {
    const y = refDate.getFullYear();
    date = [y - 1, y, y + 1].map(yy => new Date(yy, month, day, 12))
      .reduce((a, b) => (Math.abs(b.getTime() - refDate.getTime()) < Math.abs(a.getTime() - refDate.getTime()) ? b : a));
  }
  const out: WrittenDay = { date, yearGiven: !!year };
  // A range (« 24 au vendredi 27 novembre », "Mon 23 to Fri 27 Nov") is dated by its start: only a weekday before its end word is the start's.
  const w = WEEKDAY_WORD.exec(m.text.split(/\s(?:au|et|to|until|till|[-\u2013])\s/iu)[0]!);
  const wd = w ? weekdayIndex(w[0]) : undefined;
  if (w && wd !== undefined) out.weekday = { span: { start: m.span.start + w.index, end: m.span.start + w.index + w[0].length }, word: w[0], day: wd };
  return out;
}

/** The weekday word for `day` (0 = Sunday) in the style of `like`: language, length, capitals. */
export function weekdayLike(day: number, like: string): string {
  const bare = like.toLowerCase().replace(/\.$/, '');
  const frShort = FR_SHORT.includes(bare);
  const fr = frShort || FR_DAYS.includes(bare);
  const short = !fr && bare.length <= 4;
  const full = fr ? FR_DAYS[day]! : ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][day]!;
  let word = frShort ? FR_SHORT[day]! : short ? EN_SHORT[day]! : full;
  if (like === like.toUpperCase() && like.length > 1 && /\p{L}{2}/u.test(like)) word = word.toUpperCase();
  else if (/^\p{Lu}/u.test(like)) word = word[0]!.toUpperCase() + word.slice(1);
  return word + (like.endsWith('.') ? '.' : '');
}

/** One date typed on its own (a prompt, a `@due`), as chrono read it. */
export interface DateReading {
  date: Date;
  /** The writer gave a time of day ("4 pm", « 16 h »), not only a day. */
  hasTime: boolean;
  /** Only a weekday ("Friday", « vendredi »): the caller picks the week. */
  weekdayOnly: boolean;
  /** A period or a fuzzy amount ("next week", « dans quelques jours »), not a day: the linter's vague timing. */
  vague: boolean;
}

// Words that may open a date typed alone and mean nothing by themselves: "on Friday", « le 4 décembre ».
const LEAD: Record<Lang, RegExp> = {
  en: /^(?:on|by|at|before|until|for)\s+/i,
  fr: /^(?:le|à|a|d'ici le|d'ici|avant le|avant|pour le|pour|jusqu'au)\s+/i,
};
const ALONE_DAY: Record<Lang, RegExp> = { en: /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i, fr: /^(1er|\d{1,2})$/i };

/** Typed forms chrono misses: typographic apostrophes, « 16 h 30 » (chrono wants "16h30"), « avant-hier », « midi », « 30/11 à 14 h », a trailing full stop. */
function prepareTyped(text: string, lang: Lang, ref: Date): string {
  let s = text.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[.,;!]+$/, '').trim();
  if (lang === 'fr') {
    s = s.replace(/\b(\d{1,2})\s*h\s*(\d{2})?\b/gi, (_, h: string, m?: string) => `${h}h${m ?? ''}`)
      .replace(/\bavant-hier\b/gi, () => {
        const d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - 2);
        return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
      }).replace(/\bmidi\b/gi, '12h').replace(/\bminuit\b/gi, '0h')
      // « 30/11 à 14h »: chrono reads « 30/11 14h » but not with the « à ».
      .replace(/(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\s+à\s+/gi, '$1 ');
  }
  return s.replace(LEAD[lang], '');
}

/**
 * The single date `text` is, read as a whole in `lang` against `ref` ("yesterday 4 pm",
 * « hier 16 h », "vendredi", "Friday 4 December", "2026-12-04"); undefined when chrono finds no
 * date or leaves words unread (so "blah Friday" is refused, never half-read). `forward` reads an
 * ambiguous day as the next one (a due date), otherwise as chrono's nearest.
 */
export function readDate(text: string, lang: Lang, ref: Date, forward: boolean): DateReading | undefined {
  const s = prepareTyped(text, lang, ref);
  if (!s) return undefined;
  const alone = ALONE_DAY[lang].exec(s);
  if (alone) {
    const day = alone[1] === '1er' ? 1 : Number(alone[1]);
    return day >= 1 && day <= 31 ? { date: nextDayOfMonth(ref, day), hasTime: false, weekdayOnly: false, vague: false } : undefined;
  }
  const found = parsers[lang].parse(s, ref, { forwardDate: forward });
  if (found.length !== 1) return undefined;
  const r = found[0]!;
  if (r.index !== 0 || r.text.length !== s.length) return undefined;
  const c = r.start;
  const norm = normalizeText(r.text);
  return { date: c.date(), hasTime: c.isCertain('hour'), weekdayOnly: c.isCertain('weekday') && !c.isCertain('day'),
    vague: VAGUE.test(norm) || (COUNT_UNIT.test(norm) && !NUMBER.test(norm)) };
}
