// One search without an index, for the command line: each candidate record is scored field by
// field, and a field is split into words only when it holds the start of a term's family
// (search-words.ts: the same test the line prefilter uses). Same weights, ranking and spans as
// the index (search.ts), which the unit tests check; cheaper when the index would be used once.
import type { ParsedRecord } from './chain.js';
import { AMENDABLE } from './record.js';
import type { EffectiveRecord } from './query.js';
import { docFields, EXACT, FAMILY, FIELD_WEIGHTS, keep, PREFIX, type FieldMatch, type NoteTexts, type ParsedQuery, type SearchHit, type SearchOptions } from './search.js';
import { families, familyStem, tokens, unfoldedPattern } from './search-words.js';

/**
 * The records with their amendments applied as query.ts's effectiveRecords does (in recording
 * order), without sorting them all by time: search sorts only what matched.
 */
export function effectiveUnordered(parsed: readonly ParsedRecord[]): EffectiveRecord[] {
  const out = parsed.map(p => ({ record: p.record, original: p.record, file: p.file, line: p.line, intact: p.intact, amendedBy: [] as string[] }));
  const byId = new Map(out.map(e => [e.record.id, e]));
  const amendments = out.filter(e => e.record.kind === 'amendment' && e.record.amends)
    .sort((a, b) => Date.parse(a.record.recorded) - Date.parse(b.record.recorded));
  for (const a of amendments) {
    const target = byId.get(a.record.amends!);
    if (!target || !a.record.set) continue;
    const patch: Record<string, unknown> = {};
    for (const k of AMENDABLE) if (a.record.set[k] !== undefined) patch[k] = a.record.set[k];
    target.record = { ...target.record, ...patch } as typeof target.record;
    target.amendedBy.push(a.record.id);
  }
  return out;
}

/** Newest first, then as query.ts orders records of the same time: by recording time, then id. */
function newerFirst(a: EffectiveRecord, b: EffectiveRecord, ta: number, tb: number): number {
  return tb - ta || Date.parse(b.record.recorded) - Date.parse(a.record.recorded) || (a.record.id < b.record.id ? 1 : a.record.id > b.record.id ? -1 : 0);
}

interface Term { text: string; fam: [string, string]; prefix: boolean; pattern: RegExp }

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

/** Whether a folded word matches a term as the index would: itself, its family, or (typing) a longer word. */
export function termMatcher(term: string, prefix = false): (folded: string) => boolean {
  const t = { text: term, fam: families(term), prefix };
  return folded => how(t, folded) > 0;
}

export function searchRecords(records: readonly EffectiveRecord[], q: ParsedQuery, o: SearchOptions = {}, notes?: NoteTexts): { hits: SearchHit[]; total: number } {
  const terms: Term[] = q.terms.map((text, i) => ({ text, fam: families(text), prefix: !!o.prefixLast && i === q.terms.length - 1, pattern: unfoldedPattern(familyStem(text)) }));
  const tags = o.tags?.map(t => t.toLowerCase());
  const scored: { e: EffectiveRecord; score: number; time: number }[] = [];
  records.forEach(e => {
    if (e.record.kind === 'amendment' || !keep(e, o, tags)) return;
    const fields = docFields(e, notes);
    let total = 0;
    for (const t of terms) {
      let best = 0;
      for (const f of fields) {
        const w = FIELD_WEIGHTS[f.field];
        if (w * EXACT <= best || !t.pattern.test(/[\u0300-\u036f]/.test(f.text) ? f.text.normalize('NFC') : f.text)) continue;
        for (const tok of tokens(f.text)) best = Math.max(best, how(t, tok.key) * w);
      }
      if (!best) return;
      total += best;
    }
    scored.push({ e, score: total, time: Date.parse(e.record.at) });
  });
  scored.sort((a, b) => b.score - a.score || newerFirst(a.e, b.e, a.time, b.time));
  const top = o.limit !== undefined ? scored.slice(0, o.limit) : scored;
  const hits = top.map(({ e, score }) => {
    const matches: FieldMatch[] = [];
    for (const f of docFields(e, notes)) {
      const spans = tokens(f.text).filter(tok => terms.some(t => how(t, tok.key) > 0)).map(tok => [tok.start, tok.end] as [number, number]);
      if (spans.length) matches.push({ ...f, spans });
    }
    return { entry: e, score, matches };
  });
  return { hits, total: scored.length };
}
