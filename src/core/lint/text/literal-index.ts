// The literals phrase families require (text/phrases.ts), numbered once for every family, and for
// one folded text the numbers of those it contains: its words looked up whole, the other literals
// (word*, *ending, contractions, "co-worker") found as substrings. A text is indexed once and its
// index answers every family and language asked about it, instead of each family scanning it again.

/** Letters as the phrase regexes know them (phrases.ts L), as a class of char codes. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
}

const wordIds = new Map<string, number>();
const subIds = new Map<string, number>();
/** Substrings of two characters or more, by their first two char codes; one-character ones apart. */
const subsByPair = new Map<number, Array<[string, number]>>();
const subsBySingle = new Map<number, number>();
let count = 0;

/** The number of a whole-word literal (letters only): found when the text has that word. */
export function wordLiteral(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) { wordIds.set(word, (id = count++)); }
  return id;
}

/** The number of a substring literal: found when the text contains it anywhere. */
export function substringLiteral(sub: string): number {
  let id = subIds.get(sub);
  if (id === undefined) {
    subIds.set(sub, (id = count++));
    if (sub.length === 1) subsBySingle.set(sub.charCodeAt(0), id);
    else {
      const key = sub.charCodeAt(0) * 65536 + sub.charCodeAt(1);
      const list = subsByPair.get(key) ?? [];
      list.push([sub, id]);
      subsByPair.set(key, list);
    }
  }
  return id;
}

/** A text's literals, and room for what a caller derives from them (phrases.ts: the units to run). */
export interface TextIndex {
  version: number;
  ids: Set<number>;
  derived?: unknown;
  derivedVersion?: number;
}

// Rules ask about every sentence of a note one rule after another: the index of a note's worth of
// texts is kept, and the whole map dropped when it grows past that.
const cache = new Map<string, TextIndex>();
const CACHE_LIMIT = 4096;

/** The index of `norm` (a folded text), made once and kept while no new literal is numbered. */
export function indexOf(norm: string): TextIndex {
  const hit = cache.get(norm);
  // Families compiled since the text was indexed brought new literals: index it again.
  if (hit && hit.version === count) return hit;
  const ids = new Set<number>();
  const n = norm.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? norm.charCodeAt(i) : 0;
    if (i < n && isLetter(c)) { if (start < 0) start = i; }
    else if (start >= 0) {
      const id = wordIds.get(norm.slice(start, i));
      if (id !== undefined) ids.add(id);
      start = -1;
    }
    if (i === n) break;
    if (subsBySingle.size) { const one = subsBySingle.get(c); if (one !== undefined) ids.add(one); }
    if (i + 1 < n) {
      const list = subsByPair.get(c * 65536 + norm.charCodeAt(i + 1));
      if (list) for (const [sub, id] of list) if (!ids.has(id) && norm.startsWith(sub, i)) ids.add(id);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const out: TextIndex = { version: count, ids };
  cache.set(norm, out);
  return out;
}
