// One search from the command line, over raw writer files: only the lines that can match are
// parsed. A line is parsed when it holds, for every term, the start of the term's word family
// (accents and case ignored, search-words.ts), or when it is an amendment, a commitment update,
// a record with sent notes (their text is not in the line) or a line whose text is \u-escaped.
// The parsed records are then scored as the editor's index would (search-direct.ts), so both
// give the same answer; the shortcut only saves parsing lines that cannot match.
import type { ParsedRecord } from './chain.js';
import type { LogRecord } from './record.js';
import { familyStem, foldWord, unfoldedPattern } from './search-words.js';
import { termMatcher } from './search-direct.js';
import type { ParsedQuery } from './search.js';
import { forEachTextLine } from './lines.js';

export interface RawFile { name: string; text: string }
export interface ScanResult { records: ParsedRecord[]; parsed: number; unreadable: { file: string; line: number }[] }

const ALWAYS = String.raw`"(?:amendment|commitment-update)"|"notes":|\\u`;
const ALWAYS_RE = new RegExp(ALWAYS, 'u');

/**
 * `first` finds where a file may hold the first term at a word start, or a line to read anyway;
 * `word` says whether the word found there really is in the term's family; `accept` then asks
 * the line for the other terms.
 */
export function linePrefilter(q: ParsedQuery, prefixLast = false): { first: RegExp; word: (folded: string) => boolean; accept: (line: string) => boolean } {
  const [head, ...rest] = q.terms.map(t => unfoldedPattern(familyStem(t)));
  const first = new RegExp(`${head!.source}|${ALWAYS}`, 'gu');
  const word = termMatcher(q.terms[0]!, prefixLast && q.terms.length === 1);
  return { first, word, accept: line => rest.every(p => p.test(line)) || ALWAYS_RE.test(line) };
}

const looksLikeRecord = (o: unknown): o is LogRecord => {
  const r = o as Record<string, unknown> | null;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.kind === 'string' &&
    typeof r.at === 'string' && typeof r.summary === 'string' && typeof r.recorded === 'string';
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;

/**
 * Whether `find` matches somewhere in a line. With `word`, a match of letters counts only when
 * the whole word there passes it ("revoir" does not, for "revision").
 */
function lineMatches(text: string, find: RegExp, word?: (folded: string) => boolean): boolean {
  find.lastIndex = 0;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    if (word && m[0][0] !== '"' && !m[0].startsWith('\\u')) {
      WORD_AT.lastIndex = m[0][0] === '\\' ? m.index + 2 : m.index;
      const w = WORD_AT.exec(text)?.[0];
      if (!w || !word(foldWord(w))) { find.lastIndex = m.index + 1; continue; }
    }
    return true;
  }
  return false;
}

/**
 * A writer file as its lines: `each` calls back with every line and its 1-based number, in order;
 * `linesWith`, with the text of only the lines that hold `needle` (ASCII), which it may find
 * without decoding the others (lines.ts forEachLineWith).
 */
export interface LineSource {
  name: string;
  each(line: (text: string, no: number) => void): void;
  linesWith?(needle: string, line: (text: string) => void): void;
}

/** The lines of a source that hold `needle`, the cheap way when the source has one. */
export function linesWith(f: LineSource, needle: string, cb: (text: string) => void): void {
  if (f.linesWith) return f.linesWith(needle, cb);
  f.each(text => { if (text.includes(needle)) cb(text); });
}

const textSource = (f: RawFile): LineSource => ({
  name: f.name,
  each(cb) { let no = 0; forEachTextLine(f.text, t => cb(t, ++no)); },
});

/** The first `"id":"…"` of a line as `canonical` writes it ("" when none): a guess, which the parse checks. */
function idAsWritten(line: string): string {
  const at = line.indexOf('"id":"');
  return at < 0 ? '' : line.slice(at + 6, line.indexOf('"', at + 6));
}

/** The records a query can match, plus the records their amendments correct. Unverified: `log verify` checks the chain. */
export function scanFiles(files: readonly RawFile[], q: ParsedQuery, prefixLast = false): ScanResult {
  return scanSources(files.map(textSource), q, prefixLast);
}

/**
 * The same over files read line by line (the CLI streams them: a broad query parses every line,
 * and a line decoded on its own parses faster than a slice of a whole file). A file is read a
 * second time only when an amendment corrects a record whose own line did not match and whose id
 * is not in `amended` (the ids amendments correct, when the caller read them first). `keep`
 * says which records the result holds (search-stream.ts scores the others as they go by).
 */
export function scanSources(files: readonly LineSource[], q: ParsedQuery, prefixLast = false,
  keep: (p: ParsedRecord) => boolean = () => true, amended?: ReadonlySet<string>): ScanResult {
  const { first, word, accept } = linePrefilter(q, prefixLast);
  const out: ScanResult = { records: [], parsed: 0, unreadable: [] };
  const seen = new Set<string>();
  // Lines read for `amended` ids without matching: held until the main pass is over, then counted
  // as the pass for them would have (after every matching line, first line of an id first).
  const aside = new Map<string, ParsedRecord>();
  const asideUnreadable: { file: string; line: number; id: string }[] = [];
  const take = (file: string, text: string, no: number, asideId?: string) => {
    out.parsed++;
    let o: unknown;
    try { o = JSON.parse(text); } catch { o = undefined; }
    if (!looksLikeRecord(o)) {
      if (asideId === undefined) out.unreadable.push({ file, line: no }); else asideUnreadable.push({ file, line: no, id: asideId });
      return;
    }
    if (seen.has(o.id)) return;
    const p = { record: o, file, line: no, intact: true };
    if (asideId !== undefined) { if (!aside.has(o.id)) aside.set(o.id, p); return; }
    seen.add(o.id);
    if (keep(p)) out.records.push(p);
  };
  for (const f of files) {
    f.each((line, no) => {
      // Decomposed accents (e + U+0301) are composed to find them; the record is read as written.
      const find = /[\u0300-\u036f]/.test(line) ? line.normalize('NFC') : line;
      if (lineMatches(find, first, word) && find.trim() && accept(find)) take(f.name, line, no);
      // A record an amendment corrects, read now rather than in one more pass (its id as written).
      else if (amended?.size) { const id = idAsWritten(line); if (amended.has(id)) take(f.name, line, no, id); }
    });
  }
  for (const u of asideUnreadable) if (!seen.has(u.id)) out.unreadable.push({ file: u.file, line: u.line });
  for (const [id, p] of aside) if (!seen.has(id)) { seen.add(id); if (keep(p)) out.records.push(p); }
  // An amendment may correct a record whose own line did not match: fetch those too, in one more pass.
  const wanted = new Set<string>();
  for (const p of out.records) if (p.record.kind === 'amendment' && p.record.amends && !seen.has(p.record.amends)) wanted.add(p.record.amends);
  if (wanted.size) {
    const ids = new RegExp(`"id":\\s*"(?:${[...wanted].map(escapeRe).join('|')})"`);
    for (const f of files) f.each((line, no) => { if (ids.test(line)) take(f.name, line, no); });
  }
  return out;
}
