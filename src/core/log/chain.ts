// Reading and verifying one writer's file, pure (text in, records and issues out), so every
// corruption case is testable without touching the disk. The format is in docs/log-format.md.
//
// Each writer file is a chain: every record carries `prev`, the hash of the record it follows,
// and `seq`, one more than that record's. What is detected and named: an edited record (its hash
// no longer matches), a deleted record (a later record follows a hash nobody has), a reordered
// record, a duplicated record, a record moved from another writer's file, an unreadable line.
// A fork (two records following the same one) is a warning naming both branches: it is what a
// `merge=union` of one writer's file appended on two git branches looks like, and also what a
// record inserted later with a recomputed hash looks like; git history (history.ts) tells them apart.
// A torn line (interrupted append) is only ever the last line of a file while its writer's lock is
// still there, or a line the next record acknowledges (its `torn` field holds the fragment's hash).
import type { Lang, Sha256 } from '../ports.js';
import { canonical } from './canonical.js';
import type { LogRecord } from './record.js';
import { chainReader } from './chain-reader.js';
import { forEachTextLine } from './lines.js';

export type IssueCode =
  | 'torn' | 'truncated' | 'unreadable' | 'malformed' | 'modified' | 'missing-previous'
  | 'reordered' | 'sequence' | 'duplicate' | 'duplicate-key' | 'byte-order-mark' | 'wrong-writer' | 'duplicate-id' | 'fork'
  | 'unreadable-file' | 'inserted' | 'rewritten' | 'recorded-after-commit' | 'anchor' | 'git-not-checked';

export interface LogIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Log file name (e.g. "w-3f2a.jsonl"). */
  file: string;
  /** 1-based line in that file (0: the file as a whole). */
  line: number;
  recordId?: string;
  message: string;
  /** The message in French, for a French user (the CLI picks it); `message` stays the English one JSON gives. */
  fr?: string;
}

/** A finding in a document's or a user's language: the French when it has one, else the English. */
export const issueText = (i: LogIssue, lang: Lang): string => (lang === 'fr' && i.fr ? i.fr : i.message);

export interface ParsedRecord {
  record: LogRecord;
  file: string;
  line: number;
  /** False when the stored hash does not match the content. */
  intact: boolean;
}

export interface FileResult {
  /** Readable records in file order (empty when parsed with `keep: false`). */
  records: ParsedRecord[];
  /** How many readable records the file holds (kept or not). */
  count: number;
  /** The chain fields of every readable record, in file order (kept with `keep: false`; empty with `chain: false`). */
  chain: ChainNode[];
  issues: LogIssue[];
  /** The record a new append continues from: the last readable record in file order. */
  head?: { hash: string; seq: number; id: string };
}

export interface ParseOptions {
  /** The writer the file is named for (records of another writer were moved). */
  writer?: string;
  sha?: Sha256;
  /** The writer's lock file is present: an append may be under way or was interrupted. */
  locked?: boolean;
  /** False: verify only, without keeping the records (less memory on big logs). */
  keep?: boolean;
  /** False: no `chain` (the git history check and anchors need it; verify alone does not). */
  chain?: boolean;
}

export interface ChainNode { line: number; id: string; hash: string; prev: string; seq: number; recorded: string; intact: boolean; torn?: string }

/** One writer file held in memory as text (tests, small files): chain-reader.ts reads it line by line. */
export function parseWriterFile(file: string, text: string, writerOrOpts?: string | ParseOptions): FileResult {
  const o: ParseOptions = typeof writerOrOpts === 'string' ? { writer: writerOrOpts } : writerOrOpts ?? {};
  const reader = chainReader(file, o);
  return reader.end(forEachTextLine(text, l => reader.line(l)));
}

/** The line to append for a record (canonical JSON plus newline). */
export function serialiseRecord(record: LogRecord): string {
  return canonical(record) + '\n';
}
