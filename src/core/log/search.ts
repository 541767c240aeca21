// Search over the effective log (amendments applied): every field of every record, imported
// emails' subject and sender, and the text of notes recorded as sent. Case-, accent- and
// apostrophe-insensitive, by word family in English and French (search-words.ts). Built once,
// then each query costs a few map look-ups: the editor searches as the user types.
import type { Kind, NoteLink } from './record.js';
import { dayOf } from './dates.js';
import type { EffectiveRecord } from './query.js';
import { families, isStopWord, tokens, words } from './search-words.js';

/** Where a word was found; the weight says how much a match there counts. */
export const FIELD_WEIGHTS = {
  summary: 3, decision: 3, tag: 3, subject: 3, commitment: 2, quote: 2, note: 1, participant: 1, from: 1,
} as const;
export type FieldName = keyof typeof FIELD_WEIGHTS;
const FIELD_NAMES = Object.keys(FIELD_WEIGHTS) as FieldName[];

/** What loop-core's email import adds to a record (read defensively: older records lack it). */
export interface EmailMeta { file?: string; sha256?: string; messageId?: string; from?: string; to?: string[] | string; subject?: string; date?: string }
export const emailOf = (r: object): EmailMeta | undefined => {
  const e = (r as { email?: unknown }).email;
  return e && typeof e === 'object' ? (e as EmailMeta) : undefined;
};

/** A sent note's text as read now: the text when its hash still matches, else why not. */
export type NoteText = { text: string } | { changed: true } | { missing: true };
export type NoteTexts = ReadonlyMap<string, NoteText>;
export const noteKey = (n: NoteLink) => `${n.path}#${n.sha256}`;

export interface DocField {
  field: FieldName;
  /** Position in its list (quotes[1], notes[0]…). */
  index: number;
  text: string;
}

interface Doc { entry: EffectiveRecord; fields: DocField[]; time: number }

interface WordEntry { docs: number[]; masks: number[]; families: [string, string] }

export interface SearchIndex {
  docs: Doc[];
  vocab: Map<string, WordEntry>;
  byFamily: [Map<string, string[]>, Map<string, string[]>];
  /** Sorted words, for prefix look-ups (built on first use). */
  sorted?: string[];
  /** Term look-ups already done (the quick pick asks again on every key). */
  memo: Map<string, Map<number, number>>;
}

/** The searchable texts of one record. */
export function docFields(e: EffectiveRecord, notes?: NoteTexts): DocField[] {
  const r = e.record;
  const out: DocField[] = [{ field: 'summary', index: 0, text: r.summary }];
  const add = (field: FieldName, list: readonly string[] | undefined) => list?.forEach((text, index) => { if (typeof text === 'string') out.push({ field, index, text }); });
  add('quote', r.quotes);
  add('decision', r.decisions);
  add('commitment', r.commitments?.map(c => c.what));
  add('tag', r.tags);
  add('participant', r.participants);
  const email = emailOf(r);
  if (typeof email?.subject === 'string') out.push({ field: 'subject', index: 0, text: email.subject });
  if (typeof email?.from === 'string') out.push({ field: 'from', index: 0, text: email.from });
  r.notes?.forEach((n, index) => {
    const t = notes?.get(noteKey(n));
    if (t && 'text' in t) out.push({ field: 'note', index, text: t.text });
  });
  return out;
}

/** Indexes every record except amendments (already applied to the records they correct). */
export function buildIndex(records: readonly EffectiveRecord[], notes?: NoteTexts): SearchIndex {
  const idx: SearchIndex = { docs: [], vocab: new Map(), byFamily: [new Map(), new Map()], memo: new Map() };
  for (const entry of records) {
    if (entry.record.kind === 'amendment') continue;
    const d = idx.docs.length;
    const fields = docFields(entry, notes);
    idx.docs.push({ entry, fields, time: Date.parse(entry.record.at) });
    for (const f of fields) {
      const bit = 1 << FIELD_NAMES.indexOf(f.field);
      for (const w of words(f.text)) {
        let v = idx.vocab.get(w);
        if (!v) {
          v = { docs: [], masks: [], families: families(w) };
          idx.vocab.set(w, v);
          for (let l = 0; l < 2; l++) {
            const m = idx.byFamily[l]!;
            const k = v.families[l]!;
            const list = m.get(k);
            if (list) list.push(w); else m.set(k, [w]);
          }
        }
        const last = v.docs.length - 1;
        if (v.docs[last] === d) v.masks[last]! |= bit;
        else { v.docs.push(d); v.masks.push(bit); }
      }
    }
  }
  return idx;
}

export type QueryProblem = 'empty' | 'stop-words-only';
export interface ParsedQuery { terms: string[]; ignored: string[] }

/** The query's words, folded, without stop words; or why there is nothing to search for. */
export function parseQuery(q: string): ParsedQuery | { problem: QueryProblem } {
  const all = words(q ?? '');
  if (!all.length) return { problem: 'empty' };
  const terms = [...new Set(all.filter(w => !isStopWord(w)))];
  if (!terms.length) return { problem: 'stop-words-only' };
  return { terms, ignored: all.filter(isStopWord) };
}

export const QUERY_PROBLEMS: Record<QueryProblem, { en: string; fr: string }> = {
  empty: { en: 'Type a word to search for, e.g. "revisions" or "mobile version".', fr: 'Tapez un mot à chercher, par exemple « révisions » ou « version mobile ».' },
  'stop-words-only': {
    en: 'Those words are too common to search for; add a word that names the subject, e.g. "invoice" or "deadline".',
    fr: 'Ces mots sont trop courants pour une recherche ; ajoutez un mot qui nomme le sujet, par exemple « facture » ou « délai ».',
  },
};

export interface SearchOptions {
  since?: string;
  until?: string;
  tags?: string[];
  kinds?: Kind[];
  /** The last term may be the start of a word (as the user types). */
  prefixLast?: boolean;
  limit?: number;
}

export interface FieldMatch extends DocField { spans: [start: number, end: number][] }
export interface SearchHit { entry: EffectiveRecord; score: number; matches: FieldMatch[] }

// Integer weights keep scores exact, so equal scores compare equal and fall back to time.
export const EXACT = 10, FAMILY = 8, PREFIX = 6;

function sortedWords(idx: SearchIndex): string[] {
  return (idx.sorted ??= [...idx.vocab.keys()].sort());
}

/** Words of the index that match a term, with how well: the word itself, its family, or (typing) a longer word. */
export function termWords(idx: SearchIndex, term: string, prefix: boolean): Map<string, number> {
  const out = new Map<string, number>();
  const fam = families(term);
  for (let l = 0; l < 2; l++) for (const w of idx.byFamily[l]!.get(fam[l]!) ?? []) out.set(w, FAMILY);
  if (prefix) {
    const s = sortedWords(idx);
    let lo = 0, hi = s.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid]! < term) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < s.length && s[i]!.startsWith(term); i++) if (!out.has(s[i]!)) out.set(s[i]!, PREFIX);
  }
  if (idx.vocab.has(term)) out.set(term, EXACT);
  return out;
}

function fieldWeight(mask: number): number {
  let best = 0;
  for (let i = 0; i < FIELD_NAMES.length; i++) if (mask & (1 << i)) best = Math.max(best, FIELD_WEIGHTS[FIELD_NAMES[i]!]);
  return best;
}

/** Each document that holds the term, with the term's best score there. */
export function termDocs(idx: SearchIndex, term: string, prefix: boolean): Map<number, number> {
  const key = (prefix ? '>' : '=') + term;
  const hit = idx.memo.get(key);
  if (hit) return hit;
  const out = new Map<number, number>();
  for (const [w, how] of termWords(idx, term, prefix)) {
    const v = idx.vocab.get(w)!;
    for (let i = 0; i < v.docs.length; i++) {
      const s = how * fieldWeight(v.masks[i]!);
      if (s > (out.get(v.docs[i]!) ?? 0)) out.set(v.docs[i]!, s);
    }
  }
  if (idx.memo.size > 200) idx.memo.clear();
  idx.memo.set(key, out);
  return out;
}

/** Where the matched words are in a record's fields (offsets into each field's text). */
export function highlight(fields: readonly DocField[], matched: ReadonlySet<string>): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const f of fields) {
    const spans = tokens(f.text).filter(t => matched.has(t.key)).map(t => [t.start, t.end] as [number, number]);
    if (spans.length) out.push({ ...f, spans });
  }
  return out;
}

export function keep(e: EffectiveRecord, o: SearchOptions, tags: string[] | undefined): boolean {
  const r = e.record;
  if (o.since || o.until) {
    const day = dayOf(r.at);
    if (o.since && day < o.since) return false;
    if (o.until && day > o.until) return false;
  }
  if (o.kinds?.length && !o.kinds.includes(r.kind)) return false;
  if (tags?.length && !(r.tags ?? []).some(t => tags.includes(t.toLowerCase()))) return false;
  return true;
}

/**
 * Records holding every term (in any field), best first; among equal scores the newest first.
 * Returns the hits and how many matched in all (before `limit`).
 */
export function search(idx: SearchIndex, q: ParsedQuery, o: SearchOptions = {}): { hits: SearchHit[]; total: number } {
  const perTerm = q.terms.map((t, i) => termDocs(idx, t, !!o.prefixLast && i === q.terms.length - 1));
  perTerm.sort((a, b) => a.size - b.size);
  const tags = o.tags?.map(t => t.toLowerCase());
  const scored: { d: number; score: number }[] = [];
  for (const [d, s0] of perTerm[0] ?? []) {
    let score = s0;
    for (let i = 1; i < perTerm.length && score > 0; i++) {
      const s = perTerm[i]!.get(d);
      score = s === undefined ? 0 : score + s;
    }
    if (score > 0 && keep(idx.docs[d]!.entry, o, tags)) scored.push({ d, score });
  }
  scored.sort((a, b) => b.score - a.score || idx.docs[b.d]!.time - idx.docs[a.d]!.time || b.d - a.d);
  const top = o.limit !== undefined ? scored.slice(0, o.limit) : scored;
  const matched = new Set<string>();
  q.terms.forEach((t, i) => { for (const w of termWords(idx, t, !!o.prefixLast && i === q.terms.length - 1).keys()) matched.add(w); });
  const hits = top.map(({ d, score }) => {
    const doc = idx.docs[d]!;
    return { entry: doc.entry, score, matches: highlight(doc.fields, matched) };
  });
  return { hits, total: scored.length };
}

/** The fields of a record as indexed (the related-records and topic views read them). */
export function indexedFields(idx: SearchIndex, id: string): DocField[] | undefined {
  return idx.docs.find(d => d.entry.record.id === id)?.fields;
}
