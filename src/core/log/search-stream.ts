// One command-line search over writer files read line by line, keeping only what it must: the
// best `limit` hits so far (search-direct.ts TopHits), the amendments, the records they correct
// and the records with sent notes. Every other record is scored as its line goes by and let go,
// so a query that every record matches no longer holds the whole log in memory. Same results,
// scores and order as scanning everything then scoring it (search-scan.ts + searchRecords).
import type { ParsedRecord } from './chain.js';
import { effectiveUnordered, type EffectiveRecord } from './query.js';
import type { FieldMatch, NoteTexts, ParsedQuery, SearchOptions } from './search.js';
import { scorer, TopHits } from './search-direct.js';
import { linesWith, scanSources, type LineSource, type ScanResult } from './search-scan.js';

export interface StreamedSearch {
  hits: { entry: EffectiveRecord; score: number; matches: FieldMatch[] }[];
  total: number;
  /** Records that link sent notes (their state is reported), amendments applied. */
  withNotes: EffectiveRecord[];
  /** Lines that could match but are not readable records. */
  unreadable: ScanResult['unreadable'];
}

const asEffective = (p: ParsedRecord): EffectiveRecord =>
  ({ record: p.record, original: p.record, file: p.file, line: p.line, intact: p.intact, amendedBy: [] });

/**
 * `notesOf` reads the sent notes of the records that link some (the CLI reads them from disk).
 * Amendments are read first, in a pass that parses only their lines, so that the records they
 * correct are kept aside and scored once corrected.
 */
export async function searchSources(files: readonly LineSource[], q: ParsedQuery, o: SearchOptions,
  notesOf: (records: EffectiveRecord[]) => Promise<NoteTexts>): Promise<StreamedSearch> {
  const amended = new Set<string>();
  for (const f of files) {
    // Any line of an amendment holds "mendmen" (parsed, the line says whether it is one). Not
    // '"amendment"': a byte search skips ahead by the needle's last byte, and JSON is full of '"'.
    linesWith(f, 'mendmen', line => {
      try {
        const r = JSON.parse(line) as { kind?: unknown; amends?: unknown };
        if (r?.kind === 'amendment' && typeof r.amends === 'string') amended.add(r.amends);
      } catch { /* the scan reports unreadable lines */ }
    });
  }
  const s = scorer(q, o);
  const top = new TopHits(o.limit);
  const scan = scanSources(files, q, !!o.prefixLast, p => {
    const r = p.record;
    if (r.kind === 'amendment' || amended.has(r.id) || r.notes !== undefined) return true;
    const e = asEffective(p);
    top.add(e, s.score(e));
    return false;
  }, amended);
  const kept = effectiveUnordered(scan.records);
  const withNotes = kept.filter(e => e.record.notes !== undefined);
  const notes = await notesOf(withNotes);
  for (const e of kept) top.add(e, s.score(e, notes));
  return {
    hits: top.ranked().map(({ e, score }) => ({ entry: e, score, matches: s.matches(e, notes) })),
    total: top.total, withNotes, unreadable: scan.unreadable,
  };
}
