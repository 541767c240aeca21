// One commitment syntax for the CLI (`--commitment`) and the editor (Log Exchange):
//   "me: send the mock-ups @Friday 4 December", « moi : corriger le réglage @vendredi »,
//   "client: send the photos @2026-12-04", « client : valider la maquette ».
// The due date goes through the linter's date reader (chrono-node, EN and FR), so « vendredi »,
// "tomorrow" or « demain » work; a due date that cannot be read is an error, never dropped.
import type { Lang } from '../ports.js';
import { findDates } from '../lint/text/dates.js';
import { isIsoDate, type Commitment, type Side } from './record.js';
import { localDay } from './dates.js';

export type CommitmentParse =
  | { ok: true; commitment: Commitment }
  | { ok: false; message: Record<Lang, string> };

const SHAPE = /^\s*(me|moi|i|je|client|cliente)\s*:\s*(.*?)(?:\s*@\s*([^@]*))?\s*$/isu;
const SIDE: Record<string, Side> = { me: 'me', moi: 'me', i: 'me', je: 'me', client: 'client', cliente: 'client' };
// Words that may surround a date without changing it: "@on Friday", « @le 4 décembre », "@by the 4th".
const FILLER = /^(?:\s|[,.;]|\b(?:on|by|the|before|le|avant|avant le|d'ici|d'ici le|pour|pour le)\b)*$/iu;

export const COMMITMENT_SYNTAX: Record<Lang, string> = {
  en: '"me: what @date" or "client: what @date" (date optional: 2026-12-04, Friday, Friday 4 December, tomorrow)',
  fr: '«\u00a0moi\u00a0: quoi @date\u00a0» ou «\u00a0client\u00a0: quoi @date\u00a0» (date facultative\u00a0: 2026-12-04, vendredi, vendredi 4\u00a0décembre, demain)',
};

/** Reads a due date as people write it, relative to `today`: YYYY-MM-DD, or a concrete day in EN or FR. */
export function readDueDate(text: string, today: Date): string | undefined {
  const t = text.trim();
  // A calendar day that exists: 2026-02-30 is refused, not moved to March.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) && new Date(t + 'T00:00:00Z').toISOString().startsWith(t) ? t : undefined;
  const found = findDates(t, ['en', 'fr'], today).filter(d => d.concrete);
  if (found.length !== 1) return undefined;
  const d = found[0]!;
  const rest = t.slice(0, d.span.start) + t.slice(d.span.end);
  return FILLER.test(rest) ? localDay(d.date) : undefined;
}

/** Parses one commitment; `today` anchors relative dates ("vendredi" is the coming Friday). */
export function parseCommitment(text: string, today: Date): CommitmentParse {
  const m = SHAPE.exec(text);
  if (!m || !m[2]) {
    return { ok: false, message: {
      en: `write a commitment as ${COMMITMENT_SYNTAX.en} (got "${text.trim()}")`,
      fr: `écrivez un engagement ainsi\u00a0: ${COMMITMENT_SYNTAX.fr} (reçu «\u00a0${text.trim()}\u00a0»)`,
    } };
  }
  const by = SIDE[m[1]!.toLowerCase()]!;
  const what = m[2].trim();
  if (m[3] === undefined) return { ok: true, commitment: { by, what, state: 'open' } };
  const due = readDueDate(m[3], today);
  if (!due) {
    return { ok: false, message: {
      en: `the due date "${m[3]}" cannot be read: write a day such as 2026-12-04, Friday or Friday 4 December`,
      fr: `la date d’échéance «\u00a0${m[3]}\u00a0» est illisible\u00a0: écrivez un jour comme 2026-12-04, vendredi ou vendredi 4\u00a0décembre`,
    } };
  }
  return { ok: true, commitment: { by, what, due, state: 'open' } };
}
