// One search from the command line, over raw writer files: only the lines that can match are
// parsed. A line is parsed when it holds, for every term, the start of the term's word family
// (accents and case ignored, search-words.ts), or when it is an amendment, a commitment update,
// a record with sent notes (their text is not in the line) or a line whose text is \u-escaped.
// The parsed records then go through the same index and ranking as the editor's search, so
// both give the same answer; the shortcut only saves parsing lines that cannot match.
import type { ParsedRecord } from './chain.js';
import type { LogRecord } from './record.js';
import { families, unfoldedPattern } from './search-words.js';
import type { ParsedQuery } from './search.js';

export interface RawFile { name: string; text: string }
export interface ScanResult { records: ParsedRecord[]; lines: number; parsed: number; unreadable: { file: string; line: number }[] }

const ALWAYS = /"kind":\s*"(?:amendment|commitment-update)"|"notes":|\\u/;

/** The shortest start shared by a term and its two family keys, less what stemmers rewrite at the end. */
export function familyStem(term: string): string {
  const [en, fr] = families(term);
  let p = term;
  for (const k of [en, fr]) {
    let i = 0;
    while (i < p.length && i < k.length && p[i] === k[i]) i++;
    p = p.slice(0, i);
  }
  const keep = Math.max(3, Math.min(en.length, fr.length) - 2);
  p = p.slice(0, keep);
  return p.length >= Math.min(3, term.length) ? p : term.slice(0, 3);
}

export function linePrefilter(q: ParsedQuery): (line: string) => boolean {
  const patterns = q.terms.map(t => unfoldedPattern(familyStem(t)));
  return line => ALWAYS.test(line) || patterns.every(p => p.test(line));
}

const looksLikeRecord = (o: unknown): o is LogRecord => {
  const r = o as Record<string, unknown> | null;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.kind === 'string' &&
    typeof r.at === 'string' && typeof r.summary === 'string' && typeof r.recorded === 'string';
};

const ID = /"id":\s*"([^"\\]+)"/;

/** The records a query can match, plus the records their amendments correct. Unverified: `log verify` checks the chain. */
export function scanFiles(files: readonly RawFile[], q: ParsedQuery): ScanResult {
  const may = linePrefilter(q);
  const out: ScanResult = { records: [], lines: 0, parsed: 0, unreadable: [] };
  const split = files.map(f => ({ name: f.name, lines: f.text.split('\n') }));
  const seen = new Set<string>();
  const take = (file: string, text: string, i: number) => {
    out.parsed++;
    let o: unknown;
    try { o = JSON.parse(text); } catch { o = undefined; }
    if (!looksLikeRecord(o)) { out.unreadable.push({ file, line: i + 1 }); return; }
    if (seen.has(o.id)) return;
    seen.add(o.id);
    out.records.push({ record: o, file, line: i + 1, intact: true });
  };
  for (const f of split) {
    for (let i = 0; i < f.lines.length; i++) {
      const line = f.lines[i]!;
      if (!line.trim()) continue;
      out.lines++;
      if (may(line)) take(f.name, line, i);
    }
  }
  // An amendment may correct a record whose own line did not match: fetch those too.
  const wanted = new Set<string>();
  for (const p of out.records) if (p.record.kind === 'amendment' && p.record.amends && !seen.has(p.record.amends)) wanted.add(p.record.amends);
  if (wanted.size) {
    for (const f of split) {
      for (let i = 0; i < f.lines.length && wanted.size; i++) {
        const id = ID.exec(f.lines[i]!)?.[1];
        if (id && wanted.has(id)) { wanted.delete(id); take(f.name, f.lines[i]!, i); }
      }
    }
  }
  return out;
}
