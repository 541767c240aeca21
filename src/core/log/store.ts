// The log store on disk: one JSON Lines file per writer in the log folder, appended under a lock
// with one write() per record and fsync. Node fs directly (the FileSystem port has no O_APPEND,
// fsync or exclusive create); no vscode import, so the CLI and the extension share it.
import {
  openSync, closeSync, writeSync, fsyncSync, fstatSync, readSync, mkdirSync, readdirSync,
  readFileSync, existsSync, writeFileSync, constants as C, statSync,
} from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseWriterFile, serialiseRecord, type LogIssue, type ParsedRecord } from './chain.js';
import { recordHash } from './canonical.js';
import { inputProblems, RECORD_VERSION, WRITER_ID, type LogRecord, type RecordInput } from './record.js';
import { isoWithOffset } from './dates.js';
import { systemClock, type Clock } from '../ports.js';
import { withLock } from './lock.js';

export const LOG_EXT = '.jsonl';

/** The user's input was invalid: nothing was written. */
export class LogInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`the record is not valid: ${problems.join('; ')}`);
  }
}

/** The log folder could not be written (missing parent, read-only, lock): nothing was written. */
export class LogWriteError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly folder: string) {
    super(message);
  }
}

function fsyncDir(dir: string): void {
  // Durability of a new file's name needs the directory synced; not possible on Windows.
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch { /* best effort */ } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Written once when the folder is created: lock files stay out of git, and one writer's file
// appended on two branches merges as the union of both sides (the verifier accepts the fork).
const GITATTRIBUTES = '# Liaison project log: one writer file appended on two branches merges as the union of both.\n*.jsonl merge=union text eol=lf\n';
const GITIGNORE = '*.lock\n*.lock.stale-*\n';

export function ensureLogFolder(dir: string): void {
  try {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      fsyncDir(dirname(dir));
    }
    if (!existsSync(join(dir, '.gitattributes'))) writeFileSync(join(dir, '.gitattributes'), GITATTRIBUTES, { flag: 'wx' });
    if (!existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw writeError(e, dir);
  }
}

function writeError(e: unknown, dir: string): LogWriteError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'the folder is read-only'
    : code === 'ENOENT' || code === 'ENOTDIR' ? 'the folder does not exist and cannot be created'
    : code === 'ENOSPC' ? 'the disk is full' : (e as Error).message;
  return new LogWriteError(`cannot write the project log in ${dir}: ${why}`, code, dir);
}

/** The last readable record of a writer file, read from its end (no full parse for an append). */
function readHead(fd: number, size: number): { hash: string; seq: number; endsWithNewline: boolean } {
  if (size === 0) return { hash: '', seq: 0, endsWithNewline: true };
  let chunk = Math.min(size, 64 * 1024);
  let endsWithNewline = true;
  for (;;) {
    const buf = Buffer.alloc(chunk);
    readSync(fd, buf, 0, chunk, size - chunk);
    const text = buf.toString('utf8');
    endsWithNewline = text.endsWith('\n');
    const lines = text.split('\n');
    // The first piece may be a partial line unless we read from the start.
    const first = chunk === size ? 0 : 1;
    for (let i = lines.length - 1; i >= first; i--) {
      const l = lines[i]!.trim();
      if (!l) continue;
      try {
        const o = JSON.parse(l);
        if (typeof o?.hash === 'string' && Number.isInteger(o?.seq)) return { hash: o.hash, seq: o.seq, endsWithNewline };
      } catch { /* torn or damaged: keep looking above */ }
    }
    if (chunk === size) return { hash: '', seq: 0, endsWithNewline };
    chunk = Math.min(size, chunk * 4);
  }
}

export function newRecordId(now: Date): string {
  return `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
}

export interface AppendOptions {
  writer: string;
  /** Gives the record's `recorded` time and id date (tests pass a fixed clock). */
  clock?: Clock;
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Appends one record to `<dir>/<writer>.jsonl`. Within the process, appends to one file queue up;
 * across processes the lock file serialises them. Throws LogInputError (bad fields) or
 * LogWriteError (folder not writable); in both cases nothing was written.
 */
export function appendRecord(dir: string, input: RecordInput, opts: AppendOptions): Promise<LogRecord> {
  const problems = inputProblems(input);
  if (problems.length) return Promise.reject(new LogInputError(problems));
  if (!WRITER_ID.test(opts.writer)) return Promise.reject(new LogInputError([`writer: "${opts.writer}" is not a valid writer id`]));
  const file = join(dir, opts.writer + LOG_EXT);
  const run = async () => {
    ensureLogFolder(dir);
    try {
      return await withLock(file + '.lock', () => appendLocked(file, input, opts));
    } catch (e) {
      if (e instanceof LogWriteError) throw e;
      throw writeError(e, dir);
    }
  };
  const prev = queues.get(file) ?? Promise.resolve();
  const next = prev.then(run, run);
  queues.set(file, next.catch(() => undefined));
  return next;
}

// Only known fields reach the file: a caller's extra properties are not silently recorded.
const INPUT_KEYS = ['kind', 'at', 'channel', 'direction', 'participants', 'summary', 'quotes', 'decisions', 'commitments',
  'nextContact', 'tags', 'notes', 'email', 'amends', 'set', 'commitment'] as const;
function pickInput(input: RecordInput): RecordInput {
  const out: Record<string, unknown> = {};
  for (const k of INPUT_KEYS) if (input[k] !== undefined) out[k] = input[k];
  return out as unknown as RecordInput;
}

function appendLocked(file: string, input: RecordInput, opts: AppendOptions): LogRecord {
  const now = (opts.clock ?? systemClock).now();
  const created = !existsSync(file);
  const fd = openSync(file, C.O_RDWR | C.O_APPEND | C.O_CREAT, 0o644);
  try {
    const head = readHead(fd, fstatSync(fd).size);
    const body: Omit<LogRecord, 'hash'> = {
      ...pickInput(input),
      v: RECORD_VERSION,
      id: newRecordId(now),
      writer: opts.writer,
      seq: head.seq + 1,
      prev: head.hash,
      recorded: isoWithOffset(now),
    };
    const record = { ...body, hash: recordHash(body as unknown as Record<string, unknown>) } as LogRecord;
    // A torn last line stays as it is; the new record starts on its own line.
    const line = (head.endsWithNewline ? '' : '\n') + serialiseRecord(record);
    const buf = Buffer.from(line, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    if (created) fsyncDir(dirname(file));
    return record;
  } finally {
    closeSync(fd);
  }
}

export interface LoadedLog {
  folder: string;
  exists: boolean;
  /** Readable records of every writer, in file order per writer (not sorted). */
  records: ParsedRecord[];
  issues: LogIssue[];
  /** Last record of each writer (file name -> hash). */
  heads: Record<string, string>;
  files: string[];
}

/** Loads and verifies every writer file in the folder. A missing folder is an empty log. */
export function loadLog(dir: string): LoadedLog {
  const out: LoadedLog = { folder: dir, exists: existsSync(dir), records: [], issues: [], heads: {}, files: [] };
  if (!out.exists) return out;
  if (!statSync(dir).isDirectory()) throw new LogWriteError(`the log folder ${dir} is a file, not a folder`, 'ENOTDIR', dir);
  const names = readdirSync(dir).filter(n => n.endsWith(LOG_EXT)).sort();
  const seenIds = new Map<string, { name: string; line: number }>();
  for (const name of names) {
    const writer = basename(name, LOG_EXT);
    const res = parseWriterFile(name, readFileSync(join(dir, name), 'utf8'), WRITER_ID.test(writer) ? writer : undefined);
    out.files.push(name);
    for (const r of res.records) {
      const other = seenIds.get(r.record.id);
      if (other) {
        res.issues.push({ severity: 'error', code: 'duplicate-id', file: name, line: r.line, recordId: r.record.id,
          message: `record ${r.record.id} (line ${r.line}) has the same id as a record in ${other.name}:${other.line}` });
      } else seenIds.set(r.record.id, { name, line: r.line });
    }
    for (const r of res.records) out.records.push(r);
    out.issues.push(...res.issues);
    if (res.head) out.heads[name] = res.head.hash;
  }
  return out;
}

export type Verdict = 'intact' | 'intact-with-warnings' | 'broken';

export function verdictOf(issues: LogIssue[]): Verdict {
  if (issues.some(i => i.severity === 'error')) return 'broken';
  return issues.length ? 'intact-with-warnings' : 'intact';
}
