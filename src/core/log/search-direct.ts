// One search without an index, for the command line: each candidate record is scored field by
// field, and a field is split into words only when it holds the start of a term's family
// (search-words.ts: the same test the line prefilter uses). Same weights, ranking and spans as
// the index (search.ts), which the unit tests check; cheaper when the index would be used once.
import type { EffectiveRecord } from './query.js';
import { timeOf } from './dates.js';
import { docFields, emailOf, EXACT, FAMILY, FIELD_WEIGHTS, keep, noteKey, PREFIX, type FieldMatch, type NoteTexts, type ParsedQuery, type SearchHit, type SearchOptions } from './search.js';
import { families, familyStem, tokens, unfoldedPattern } from './search-words.js';


/** Newest first, then as query.ts orders records of the same time: by recording time, then id. */
function newerFirst(a: EffectiveRecord, b: EffectiveRecord, ta: number, tb: number): number {
  return tb - ta || timeOf(b.record.recorded) - timeOf(a.record.recorded) || (a.record.id < b.record.id ? 1 : a.record.id > b.record.id ? -1 : 0);
}

interface Term {
  text: string; fam: [string, string]; prefix: boolean; pattern: RegExp;
  /** Field texts that hold the term's start -> how well their best word matches (a log repeats its participants, tags, decisions). */
  seen: Map<string, number>;
}

const familyCache = new Map<string, [string, string]>();
function fam(w: string): [string, string] {
  let f = familyCache.get(w);
  if (!f) {
    if (familyCache.size > 100_000) familyCache.clear();
    familyCache.set(w, (f = families(w)));
  }
  return f;
}

function how(t: Pick<Term, 'text' | 'fam' | 'prefix'>, key: string): number {
  if (key === t.text) return EXACT;
  const f = fam(key);
  if (f[0] === t.fam[0] || f[1] === t.fam[1]) return FAMILY;
  return t.prefix && key.startsWith(t.text) ? PREFIX : 0;
}

/** How well a term matches a field's text: its best word's match (EXACT, FAMILY, PREFIX), 0 for none. */
function textScore(t: Term, text: string): number {
  // Words are found in the text as stored; the prefilter needs decomposed accents composed.
  if (!t.pattern.test(/[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text)) return 0;
  let h = t.seen.get(text);
  if (h === undefined) {
    h = 0;
    for (const tok of tokens(text)) h = Math.max(h, how(t, tok.key));
    if (t.seen.size > 20_000) t.seen.clear();
    t.seen.set(text, h);
  }
  return h;
}

/** Whether a folded word matches a term as the index would: itself, its family, or (typing) a longer word. */
export function termMatcher(term: string, prefix = false): (folded: string) => boolean {
  const t = { text: term, fam: families(term), prefix };
  return folded => how(t, folded) > 0;
}

export interface Scorer {
  /** The record's score for the query (0: not a hit: a term missing, filtered out, or an amendment). */
  score(e: EffectiveRecord, notes?: NoteTexts): number;
  /** Where the terms are in a record's fields: only for the hits shown. */
  matches(e: EffectiveRecord, notes?: NoteTexts): FieldMatch[];
}

const W = FIELD_WEIGHTS;

/**
 * A term's best score in a record: the best of (match x field weight) over the fields docFields
 * lists. A maximum does not depend on the order, so the fields are read heaviest first, without
 * building their list, and the lighter ones are skipped once they cannot raise it.
 */
function termScore(t: Term, e: EffectiveRecord, notes: NoteTexts | undefined): number {
  const r = e.record;
  let best = textScore(t, r.summary) * W.summary;
  const heavy = (list: readonly unknown[] | undefined, w: number) => {
    if (Array.isArray(list) && w * EXACT > best) for (const x of list) if (typeof x === 'string') best = Math.max(best, textScore(t, x) * w);
  };
  heavy(r.decisions, W.decision);
  heavy(r.tags, W.tag);
  const email = emailOf(r);
  if (typeof email?.subject === 'string' && W.subject * EXACT > best) best = Math.max(best, textScore(t, email.subject) * W.subject);
  heavy(r.quotes, W.quote);
  if (Array.isArray(r.commitments) && W.commitment * EXACT > best) {
    for (const c of r.commitments) if (typeof c.what === 'string') best = Math.max(best, textScore(t, c.what) * W.commitment);
  }
  heavy(r.participants, W.participant);
  if (typeof email?.from === 'string' && W.from * EXACT > best) best = Math.max(best, textScore(t, email.from) * W.from);
  if (Array.isArray(r.notes) && notes && W.note * EXACT > best) {
    for (const n of r.notes) {
      const text = notes.get(noteKey(n));
      if (text && 'text' in text) best = Math.max(best, textScore(t, text.text) * W.note);
    }
  }
  return best;
}

export function scorer(q: ParsedQuery, o: SearchOptions = {}): Scorer {
  const terms: Term[] = q.terms.map((text, i) => ({
    text, fam: families(text), prefix: !!o.prefixLast && i === q.terms.length - 1, pattern: unfoldedPattern(familyStem(text)), seen: new Map(),
  }));
  const tags = o.tags?.map(t => t.toLowerCase());
  return {
    score(e, notes) {
      if (e.record.kind === 'amendment' || !keep(e, o, tags)) return 0;
      let total = 0;
      for (const t of terms) {
        const best = termScore(t, e, notes);
        if (!best) return 0;
        total += best;
      }
      return total;
    },
    matches(e, notes) {
      const out: FieldMatch[] = [];
      for (const f of docFields(e, notes)) {
        const spans = tokens(f.text).filter(tok => terms.some(t => how(t, tok.key) > 0)).map(tok => [tok.start, tok.end] as [number, number]);
        if (spans.length) out.push({ ...f, spans });
      }
      return out;
    },
  };
}

interface Ranked { e: EffectiveRecord; score: number; time: number }
/** Does a rank before b? Best score first, then newest first (the order of the index's search). */
const before = (a: Ranked, b: Ranked) => a.score > b.score || (a.score === b.score && newerFirst(a.e, b.e, a.time, b.time) < 0);

/**
 * The best `limit` hits of a stream of scored records, in order, without sorting (or keeping)
 * them all: a heap of the `limit` best so far, its worst at the top.
 */
export class TopHits {
  private readonly heap: Ranked[] = [];
  total = 0;
  constructor(private readonly limit = Infinity) {}

  add(e: EffectiveRecord, score: number): void {
    if (score <= 0) return;
    this.total++;
    const h = this.heap;
    // Full, and worse than the worst kept: no time to read, nothing to allocate.
    if (h.length >= this.limit && (!h.length || score < h[0]!.score)) return;
    const r = { e, score, time: timeOf(e.record.at) };
    if (h.length < this.limit) {
      h.push(r);
      for (let i = h.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!before(h[p]!, h[i]!)) break;
        [h[p], h[i]] = [h[i]!, h[p]!];
        i = p;
      }
    } else if (h.length && before(r, h[0]!)) {
      h[0] = r;
      for (let i = 0; ;) {
        const l = 2 * i + 1, rr = l + 1;
        let worst = i;
        if (l < h.length && before(h[worst]!, h[l]!)) worst = l;
        if (rr < h.length && before(h[worst]!, h[rr]!)) worst = rr;
        if (worst === i) break;
        [h[worst], h[i]] = [h[i]!, h[worst]!];
        i = worst;
      }
    }
  }

  /** Best first. */
  ranked(): { e: EffectiveRecord; score: number }[] {
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
}

export function searchRecords(records: readonly EffectiveRecord[], q: ParsedQuery, o: SearchOptions = {}, notes?: NoteTexts): { hits: SearchHit[]; total: number } {
  const s = scorer(q, o);
  const top = new TopHits(o.limit);
  for (const e of records) top.add(e, s.score(e, notes));
  return { hits: top.ranked().map(({ e, score }) => ({ entry: e, score, matches: s.matches(e, notes) })), total: top.total };
}
