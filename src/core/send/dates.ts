// A send date as a reader wants it: the day and time written in the record, with its offset.
import type { Lang } from '../ports.js';

// One formatter per language, made once: toLocaleDateString builds one per call, which made an
// export of 60,000 records spend 5 s here alone. Same words either way.
const formatters: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const formatter = (lang: Lang) => (formatters[lang] ??= new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB',
  { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));

/** "Tuesday 1 December 2026 at 14:30 (UTC+01:00)" / « mardi 1 décembre 2026 à 14 h 30 (UTC+01:00) ». */
export function sentDateWords(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = formatter(lang).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))))
    .replace(',', '')
    // French writes the first of the month "1er".
    .replace(/^(\S+ )1 /, lang === 'fr' ? '$11er ' : '$11 ');
  const zone = m[6] === 'Z' ? 'UTC' : `UTC${m[6]}`;
  return lang === 'fr' ? `${day} à ${Number(m[4])}\u00a0h\u00a0${m[5]} (${zone})` : `${day} at ${m[4]}:${m[5]} (${zone})`;
}
