// The first and last lines of a note: a greeting that addresses the client as the freelancer does
// (profile `client.addressAs`, else the contact's first name: "Hi Julie,", « Bonjour Julie, »;
// with a title, the formal form: "Dear Ms Durand,", « Bonjour Madame Durand, »), and a closing
// that fits the day the note is written (no « Bon week-end » on a Tuesday).
import type { Lang } from '../ports.js';
import { weekday, type Day } from './dates.js';

// French salutations spell titles out: « Bonjour Madame Durand », never « Bonjour Mme Durand ».
const FR_TITLES: Record<string, string> = { 'm.': 'Monsieur', m: 'Monsieur', mme: 'Madame', mlle: 'Mademoiselle', madame: 'Madame', monsieur: 'Monsieur', mademoiselle: 'Mademoiselle', me: 'Maître', maître: 'Maître', dr: 'Docteur', docteur: 'Docteur' };
const EN_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'mx', 'mx.']);

interface Client { contact?: string; addressAs?: string }

/** How the note addresses the client: `addressAs` as written, else the contact's first name, or the contact with its title. */
export function addressOf(client: Client | undefined, lang: Lang): { address: string; formal: boolean } | undefined {
  const own = client?.addressAs?.trim();
  const words = (own || client?.contact?.trim() || '').split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const first = words[0]!.toLowerCase();
  const frTitle = FR_TITLES[first];
  if (frTitle || EN_TITLES.has(first)) {
    const rest = words.slice(1).join(' ');
    if (!rest) return own ? { address: own, formal: true } : undefined;
    return { address: lang === 'fr' && frTitle ? `${frTitle} ${rest}` : words.join(' '), formal: true };
  }
  return { address: own || words[0]!, formal: false };
}

/** "Hi Julie," / "Dear Ms Durand," / "Hello," and « Bonjour Julie, » / « Bonjour Madame Durand, » / « Bonjour, ». */
export function greeting(client: Client | undefined, lang: Lang): string {
  const a = addressOf(client, lang);
  if (lang === 'fr') return a ? `Bonjour ${a.address},` : 'Bonjour,';
  if (!a) return 'Hello,';
  return a.formal ? `Dear ${a.address},` : `Hi ${a.address},`;
}

// Sunday first, as Date.getDay counts.
const CLOSINGS: Record<Lang, readonly string[]> = {
  en: ['Best regards,', 'Have a good week,', 'Have a good day,', 'Have a good day,', 'Have a good day,', 'Have a good weekend,', 'Best regards,'],
  fr: ['Bien cordialement,', 'Bonne semaine,', 'Bonne journée,', 'Bonne journée,', 'Bonne journée,', 'Bon week-end,', 'Bien cordialement,'],
};

/** The sign-off line for a note written on `day`. */
export function closing(day: Day, lang: Lang): string {
  return CLOSINGS[lang][weekday(day)]!;
}
