// What an amendment changed, as an export shows it. A view applies amendments, so without this an
// export read by counsel would show only the corrected values: a commitment "amended" away would
// vanish from it. Each amended record lists its fields as first recorded, each amendment what it sets.
import type { Lang } from '../ports.js';
import { LABELS } from './labels.js';
import type { EffectiveRecord } from './query.js';
import { AMENDABLE, type Amendable, type Commitment, type LogRecord } from './record.js';

const WORDS = {
  en: { original: 'As first recorded', sets: 'Sets', none: '(none)', commitments: 'Commitments', due: 'due', colon: ': ' },
  fr: { original: 'Tel qu’enregistré à l’origine', sets: 'Remplace', none: '(aucun)', commitments: 'Engagements', due: 'échéance', colon: '\u00a0: ' },
} as const;

function fieldLabel(k: Amendable, lang: Lang): string {
  const L = LABELS[lang];
  return { at: L.when, channel: L.channel, direction: L.direction, participants: L.participants, summary: L.summary, quotes: L.quotes,
    decisions: L.decisions, commitments: WORDS[lang].commitments, nextContact: L.nextContact, tags: L.tags }[k];
}

function valueText(k: Amendable, v: unknown, lang: Lang, me: string, them: string): string {
  const L = LABELS[lang];
  if (v === undefined || (Array.isArray(v) && !v.length) || v === '') return WORDS[lang].none;
  if (k === 'commitments') {
    return (v as Commitment[]).map(c => `${c.by === 'me' ? me : them}${WORDS[lang].colon}${c.what}${c.due ? ` (${WORDS[lang].due} ${c.due})` : ''}, ${L.states[c.state] ?? c.state}`).join('; ');
  }
  if (k === 'channel') return L.channels[v as keyof typeof L.channels] ?? String(v);
  if (k === 'direction') return L.directions[v as keyof typeof L.directions] ?? String(v);
  return Array.isArray(v) ? v.map(String).join('; ') : String(v);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Label and text lines: the fields an amended record had before its amendments, or those an amendment sets. */
export function amendmentLines(e: EffectiveRecord, lang: Lang, me: string, them: string): { label: string; items: string[] }[] {
  const out: { label: string; items: string[] }[] = [];
  const line = (r: LogRecord | Partial<LogRecord>, k: Amendable) => `${fieldLabel(k, lang)}${WORDS[lang].colon}${valueText(k, r[k], lang, me, them)}`;
  if (e.amendedBy.length) {
    const changed = AMENDABLE.filter(k => !same(e.original[k], e.record[k]));
    if (changed.length) out.push({ label: WORDS[lang].original, items: changed.map(k => line(e.original, k)) });
  }
  const set = e.record.kind === 'amendment' ? e.record.set : undefined;
  if (set) {
    const keys = AMENDABLE.filter(k => set[k] !== undefined);
    if (keys.length) out.push({ label: WORDS[lang].sets, items: keys.map(k => line(set, k)) });
  }
  return out;
}
