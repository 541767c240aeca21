// Reading and verifying one writer's file, pure (text in, records and issues out), so every
// corruption case is testable without touching the disk.
//
// Each writer file is a chain: every record carries `prev`, the hash of the record it follows,
// and `seq`, one more than that record's. A fork (two records with the same `prev`) is accepted:
// it is what a `merge=union` of one writer's file appended on two git branches looks like.
// What is detected and named: an edited record (its hash no longer matches), a deleted record
// (a later record follows a hash nobody has), a reordered record (it follows a record found
// further down), a duplicated record, a record moved from another writer's file, an unreadable
// line. A torn line (interrupted write) that the chain skips over loses nothing: it is a warning.
import { canonical, recordHash, sha256Hex } from './canonical.js';
import { recordProblems, type LogRecord } from './record.js';

export type IssueCode =
  | 'torn' | 'unreadable' | 'malformed' | 'modified' | 'missing-previous'
  | 'reordered' | 'sequence' | 'duplicate' | 'wrong-writer' | 'duplicate-id';

export interface LogIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Log file name (e.g. "w-3f2a.jsonl"). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  recordId?: string;
  message: string;
}

export interface ParsedRecord {
  record: LogRecord;
  file: string;
  line: number;
  /** False when the stored hash does not match the content. */
  intact: boolean;
}

export interface FileResult {
  records: ParsedRecord[];
  issues: LogIssue[];
  /** The record a new append continues from: the last readable record in file order. */
  head?: { hash: string; seq: number };
}

const short = (h: string) => h.slice(0, 12);

/**
 * Fast path: a line as written is the canonical form with the `"hash":"…"` member added, so the
 * hashed text is the line without that member. Only when that fails (the line was reformatted or
 * edited) is the canonical form recomputed, which decides.
 */
function hashMatches(raw: string, obj: Record<string, unknown>, hash: unknown): boolean {
  if (typeof hash !== 'string') return false;
  const member = ',"hash":"' + hash + '"';
  const at = raw.lastIndexOf(member);
  if (at > 0 && sha256Hex(raw.slice(0, at) + raw.slice(at + member.length)) === hash) return true;
  return recordHash(obj) === hash;
}

export function parseWriterFile(file: string, text: string, writer?: string): FileResult {
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  const issues: LogIssue[] = [];
  const records: ParsedRecord[] = [];
  const unreadable: number[] = [];
  // First pass: parse, check each record on its own, index hashes by line.
  // hash -> line, and line -> chain fields: no object allocated per record (verify 100,000 fast).
  const hashAt = new Map<string, number>();
  const seqAt: number[] = [];
  const idAt: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.length === 0 || (raw.charCodeAt(0) !== 123 /* { */ && raw.trim() === '')) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw);
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
    } catch {
      unreadable.push(line);
      continue;
    }
    const id = typeof obj.id === 'string' ? obj.id : undefined;
    const problems = recordProblems(obj);
    if (problems.length) {
      issues.push({ severity: 'error', code: 'malformed', file, line, recordId: id,
        message: `line ${line}${id ? ` (record ${id})` : ''} is not a valid record: ${problems.slice(0, 3).join('; ')}` });
      // A record whose chain fields are intact still counts for the chain.
      if (typeof obj.hash !== 'string' || typeof obj.seq !== 'number') continue;
    }
    const rec = obj as unknown as LogRecord;
    const intact = hashMatches(raw, obj, rec.hash);
    if (!intact) {
      issues.push({ severity: 'error', code: 'modified', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) was changed after it was written: its content no longer matches its hash` });
    }
    if (hashAt.has(rec.hash)) {
      issues.push({ severity: 'error', code: 'duplicate', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) duplicates line ${hashAt.get(rec.hash)!}` });
      continue;
    }
    if (writer && rec.writer !== writer) {
      issues.push({ severity: 'error', code: 'wrong-writer', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) belongs to writer ${rec.writer} but sits in ${file}: it was moved` });
    }
    hashAt.set(rec.hash, line);
    seqAt[line] = rec.seq;
    idAt[line] = rec.id;
    if (!problems.length) records.push({ record: rec, file, line, intact });
  }
  // Second pass: the chain. Every record follows "" (a chain start) or a record above it.
  const brokenAfter = new Set<number>();
  for (const { record: rec, line } of records) {
    if (rec.prev === '') {
      if (rec.seq !== 1) issues.push({ severity: 'error', code: 'sequence', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) starts a chain but has seq ${rec.seq}: the records before it were removed` });
      continue;
    }
    const parentLine = hashAt.get(rec.prev);
    if (parentLine === undefined) {
      const gap = unreadable.filter(u => u < line).pop();
      brokenAfter.add(gap ?? -1);
      issues.push({ severity: 'error', code: 'missing-previous', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) follows a record (hash ${short(rec.prev)}…, seq ${rec.seq - 1}) that is missing or was edited: a record was deleted or changed before line ${line}` });
    } else if (parentLine > line) {
      issues.push({ severity: 'error', code: 'reordered', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) follows record ${idAt[parentLine]} found further down (line ${parentLine}): records were reordered` });
    } else if (seqAt[parentLine]! + 1 !== rec.seq) {
      issues.push({ severity: 'error', code: 'sequence', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) has seq ${rec.seq} after record ${idAt[parentLine]} with seq ${seqAt[parentLine]}` });
    }
  }
  // Unreadable lines: a torn write (interrupted append) that the chain steps over loses nothing.
  for (const line of unreadable) {
    const last = line === lines.length;
    const nextRecord = records.find(r => r.line > line);
    const chainSkipsIt = nextRecord ? !brokenAfter.has(line) && hashAt.has(nextRecord.record.prev) : true;
    const looksTorn = !lines[line - 1]!.trimEnd().endsWith('}') || (last && !endsWithNewline);
    if (looksTorn && chainSkipsIt) {
      issues.push({ severity: 'warning', code: 'torn', file, line,
        message: `line ${line} holds an incomplete record (an interrupted write); it is kept as it is and no complete record is missing` });
    } else {
      issues.push({ severity: 'error', code: 'unreadable', file, line,
        message: `line ${line} is not readable JSON: a record was damaged by hand or by a tool` });
    }
  }
  issues.sort((a, b) => a.line - b.line);
  const lastRec = records.length ? records[records.length - 1]!.record : undefined;
  return { records, issues, head: lastRec ? { hash: lastRec.hash, seq: lastRec.seq } : undefined };
}

/** The line to append for a record (canonical JSON plus newline). */
export function serialiseRecord(record: LogRecord): string {
  return canonical(record) + '\n';
}
