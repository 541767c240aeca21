// One search without an index, for the command line: each candidate record is scored field by
// field, and a field is split into words only when it holds the start of a term's family
// (search-words.ts: the same test the line prefilter uses). Same weights, ranking and spans as
// the index (search.ts), which the unit tests check; cheaper when the index would be used once.
import type { EffectiveRecord } from './query.js';
import { docFields, EXACT, FAMILY, FIELD_WEIGHTS, keep, PREFIX, type FieldMatch, type NoteTexts, type ParsedQuery, type SearchHit, type SearchOptions } from './search.js';
import { familyStem } from './search-scan.js';
import { families, tokens, unfoldedPattern } from './search-words.js';

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

function how(t: Term, key: string): number {
  if (key === t.text) return EXACT;
  const f = fam(key);
  if (f[0] === t.fam[0] || f[1] === t.fam[1]) return FAMILY;
  return t.prefix && key.startsWith(t.text) ? PREFIX : 0;
}

export function searchRecords(records: readonly EffectiveRecord[], q: ParsedQuery, o: SearchOptions = {}, notes?: NoteTexts): { hits: SearchHit[]; total: number } {
  const terms: Term[] = q.terms.map((text, i) => ({ text, fam: families(text), prefix: !!o.prefixLast && i === q.terms.length - 1, pattern: unfoldedPattern(familyStem(text)) }));
  const tags = o.tags?.map(t => t.toLowerCase());
  const scored: { e: EffectiveRecord; score: number; time: number; i: number }[] = [];
  records.forEach((e, i) => {
    if (e.record.kind === 'amendment' || !keep(e, o, tags)) return;
    const fields = docFields(e, notes);
    let total = 0;
    for (const t of terms) {
      let best = 0;
      for (const f of fields) {
        const w = FIELD_WEIGHTS[f.field];
        if (w * EXACT <= best || !t.pattern.test(f.text)) continue;
        for (const tok of tokens(f.text)) best = Math.max(best, how(t, tok.key) * w);
      }
      if (!best) return;
      total += best;
    }
    scored.push({ e, score: total, time: Date.parse(e.record.at), i });
  });
  scored.sort((a, b) => b.score - a.score || b.time - a.time || b.i - a.i);
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
