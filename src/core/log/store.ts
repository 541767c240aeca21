// The log store: one JSON Lines file per writer in the log folder, appended under a lock with one
// write per record, durably. Pure over its ports (LogStorage, Host, Sha256, Clock): the Node
// adapters are bound in src/node/log-store.ts, which keeps the function names callers use.
import { joinPath, type Clock, type Host, type LogStorage, type Sha256 } from '../ports.js';
import { serialiseRecord, type ChainNode, type FileResult, type LogIssue, type ParsedRecord } from './chain.js';
import { chainReader, IdRegistry } from './chain-reader.js';
import { forEachLine, forEachLineAsync, forEachTextLine, ReadCancelled, type CancelToken } from './lines.js';
import { recordHash } from './canonical.js';
import { INPUT_FIELDS, newInputProblems, RECORD_VERSION, WRITER_ID, type LogRecord, type RecordInput } from './record.js';
import { isoWithOffset } from './dates.js';
import { parseWitnesses, verifyAnchor, witnessFor, type AnchorCheck, type AnchorWitness } from './anchor.js';

/** Witnesses live beside the writer files, in a folder the writer-file listing skips. */
export const WITNESS_DIR = 'witnesses';
export const ANCHORS_FILE = 'anchors.jsonl';

export const LOG_EXT = '.jsonl';
export { ReadCancelled, type CancelToken } from './lines.js';

/** The user's input was invalid: nothing was written. */
export class LogInputError extends Error {
  /** `fr`: the problems in French, when core words them in French too. */
  constructor(readonly problems: string[], readonly fr?: string[]) {
    super(`the record is not valid: ${problems.join('; ')}`);
  }
}

/** The log folder could not be written (missing parent, read-only, lock): nothing was written. */
export class LogWriteError extends Error {
  /** `fr`: the message in French, for the CLI of a French user. */
  constructor(message: string, readonly code: string | undefined, readonly folder: string, readonly fr?: string) {
    super(message);
  }
}

// Written once when the folder is created: lock files stay out of git, and one writer's file
// appended on two branches merges as the union of both sides (the verifier reports the fork).
const GITATTRIBUTES = '# Liaison project log: one writer file appended on two branches merges as the union of both.\n*.jsonl merge=union text eol=lf\n';
const GITIGNORE = '*.lock\n*.lock.stale-*\n';

const baseName = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);

function writeError(e: unknown, dir: string): LogWriteError {
  if (e instanceof LogWriteError) return e;
  const err = e as { code?: string; path?: string; message?: string };
  const code = err.code;
  const onFile = typeof err.path === 'string' && err.path.endsWith(LOG_EXT);
  const readOnly = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
  const why = readOnly
    ? (onFile ? `the file ${baseName(err.path!)} is read-only` : 'the folder is read-only')
    : code === 'ENOENT' ? 'the folder does not exist and cannot be created'
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where the folder (or one of its parents) should be'
    : code === 'EISDIR' ? `${baseName(err.path ?? '')} is a folder, not a log file`
    : code === 'ESPECIAL' ? `${baseName(err.path ?? '')} is a pipe or a device, not a log file: move it out of the log folder`
    : code === 'ELOOP' ? `${baseName(err.path ?? '')} is a symbolic link that leads back to itself (a loop): remove it`
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'ELOCKED' ? 'another Liaison window or process has been writing to it for too long: try again, and if nothing else is running, delete the .lock file beside the log file'
    : err.message ?? String(e);
  const whyFr = readOnly
    ? (onFile ? `le fichier ${baseName(err.path!)} est en lecture seule` : 'le dossier est en lecture seule')
    : code === 'ENOENT' ? 'le dossier n’existe pas et ne peut pas être créé'
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'un fichier occupe la place du dossier (ou de l’un de ses parents)'
    : code === 'EISDIR' ? `${baseName(err.path ?? '')} est un dossier, pas un fichier du journal`
    : code === 'ESPECIAL' ? `${baseName(err.path ?? '')} est un tube ou un périphérique, pas un fichier du journal\u00a0: sortez-le du dossier du journal`
    : code === 'ELOOP' ? `${baseName(err.path ?? '')} est un lien symbolique qui mène à lui-même (une boucle)\u00a0: supprimez-le`
    : code === 'ENOSPC' ? 'le disque est plein'
    : code === 'ELOCKED' ? 'une autre fenêtre ou un autre processus Liaison y écrit depuis trop longtemps\u00a0: réessayez, et si rien d’autre ne tourne, supprimez le fichier .lock à côté du fichier du journal'
    // Not one of ours: the system's own words, with the code a search can find.
    : `${code ? `${code}\u00a0: ` : ''}${err.message ?? String(e)}`;
  return new LogWriteError(`cannot write the project log in ${dir}: ${why}`, code, dir, `impossible d’écrire le journal du projet dans ${dir} : ${whyFr}`);
}

/** The last readable record above the end of a writer file, read from its end (no full parse). */
function readHead(tail: { size: number; read(bytes: number): string }, sha: Sha256):
  { hash: string; seq: number; endsWithNewline: boolean; torn?: string; damaged: number } {
  if (tail.size === 0) return { hash: '', seq: 0, endsWithNewline: true, damaged: 0 };
  let chunk = Math.min(tail.size, 64 * 1024);
  for (;;) {
    const text = tail.read(chunk);
    const endsWithNewline = text.endsWith('\n');
    const lines = text.split('\n');
    // The first piece may be a partial line unless we read from the start.
    const first = chunk >= tail.size ? 0 : 1;
    // An incomplete last line (interrupted write): the next record names it by hash.
    const torn = endsWithNewline ? undefined : sha.hex(lines[lines.length - 1]!);
    // Lines below the last readable record that are not records: the append says so (damaged).
    let damaged = 0;
    for (let i = lines.length - 1; i >= first; i--) {
      const l = lines[i]!.trim();
      if (!l) continue;
      try {
        const o = JSON.parse(l);
        if (typeof o?.hash === 'string' && Number.isInteger(o?.seq)) {
          return { hash: o.hash, seq: o.seq, endsWithNewline, torn: i === lines.length - 1 ? undefined : torn, damaged };
        }
      } catch { /* torn or damaged: keep looking above */ }
      damaged++;
    }
    if (chunk >= tail.size) return { hash: '', seq: 0, endsWithNewline, torn, damaged };
    chunk = Math.min(tail.size, chunk * 4);
  }
}

export interface AppendOptions {
  writer: string;
  /** Gives the record's `recorded` time and id date (tests pass a fixed clock); default: the store's. */
  clock?: Clock;
  /**
   * Told, before the record is written, when the end of the writer's file holds lines that are not
   * readable records (`torn`: the last one is an incomplete write, which the new record notes).
   * The record is still appended after them, and `liaison log verify` names them.
   */
  onDamagedTail?: (d: { file: string; lines: number; torn: boolean }) => void;
}

export interface LoadedLog {
  folder: string;
  exists: boolean;
  /** Readable records of every writer, in file order per writer (not sorted); empty with `keep: false`. */
  records: ParsedRecord[];
  /** How many readable records (kept or not). */
  count: number;
  issues: LogIssue[];
  /** Last record of each writer (file name -> hash). */
  heads: Record<string, string>;
  /** Last record of each writer with its seq and id (what an anchor covers). */
  tips: Record<string, { hash: string; seq: number; id: string }>;
  files: string[];
}

/** How far a load is: bytes of the writer files read and in all (0: the storage cannot say), readable records so far. */
export interface LoadProgress { bytes: number; totalBytes: number; records: number }

export interface LoadOptions {
  /** Keep every record (the views, the exports); false: verify only. Default true. */
  keep?: boolean;
  /** Filled with each writer file's chain (anchors, git history). */
  chains?: Record<string, ChainNode[]>;
  /** Told after each piece of a writer file is verified. */
  onProgress?: (p: LoadProgress) => void;
}

export interface LogStoreDeps {
  storage: LogStorage;
  host: Pick<Host, 'randomHex'>;
  sha: Sha256;
  clock: Clock;
}

export interface LogStore {
  ensureLogFolder(dir: string): void;
  appendRecord(dir: string, input: RecordInput, opts: AppendOptions): Promise<LogRecord>;
  loadLog(dir: string, opts?: LoadOptions): LoadedLog;
  /** loadLog read asynchronously, cancellable between pieces (ReadCancelled). */
  loadLogAsync(dir: string, opts?: LoadOptions & { cancel?: CancelToken }): Promise<LoadedLog>;
  /** Computes the reference to the log's current state and keeps its witness entry. */
  anchor(dir: string, extra?: { channel?: string; note?: string }): Promise<AnchorWitness>;
  /** Keeps a witness entry made elsewhere (e.g. once a timestamp authority answered). */
  keepWitness(dir: string, w: AnchorWitness): Promise<void>;
  /** Anchor entries kept in the log folder (untrusted until one reproduces a reference). */
  witnesses(dir: string): AnchorWitness[];
  /** Is the history up to `ref` unchanged? `chains`: from a loadLog of `dir` just made (saves reading it again). */
  checkAnchor(dir: string, ref: string, chains?: Record<string, ChainNode[]>): AnchorCheck;
}

// Only known fields reach the file: a caller's extra properties are not silently recorded.
function pickInput(input: RecordInput): RecordInput {
  const out: Record<string, unknown> = {};
  for (const k of INPUT_FIELDS) if (input[k] !== undefined) out[k] = input[k];
  return out as unknown as RecordInput;
}

export function createLogStore(deps: LogStoreDeps): LogStore {
  const { storage, sha } = deps;
  const queues = new Map<string, Promise<unknown>>();

  function ensureLogFolder(dir: string): void {
    try {
      const kind = storage.kind(dir);
      if (kind && kind !== 'directory') throw new LogWriteError(`cannot write the project log in ${dir}: it is a file, not a folder`, 'ENOTDIR', dir,
        `impossible d’écrire le journal du projet dans ${dir} : c’est un fichier, pas un dossier`);
      storage.ensureFolder(dir, { '.gitattributes': GITATTRIBUTES, '.gitignore': GITIGNORE });
    } catch (e) {
      throw writeError(e, dir);
    }
  }

  function newRecordId(now: Date): string {
    return `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${deps.host.randomHex(4)}`;
  }

  /**
   * Appends one record to `<dir>/<writer>.jsonl`. Within the process, appends to one file queue up;
   * across processes the storage's lock serialises them. Throws LogInputError (bad fields) or
   * LogWriteError (folder not writable); in both cases nothing was written.
   */
  function appendRecord(dir: string, input: RecordInput, opts: AppendOptions): Promise<LogRecord> {
    const problems = newInputProblems(input);
    if (problems.length) return Promise.reject(new LogInputError(problems, newInputProblems(input, 'fr')));
    if (!WRITER_ID.test(opts.writer)) return Promise.reject(new LogInputError([`writer: "${opts.writer}" is not a valid writer id`]));
    const file = joinPath(dir, opts.writer + LOG_EXT);
    const run = async () => {
      ensureLogFolder(dir);
      try {
        return await storage.append(file, tail => {
          const now = (opts.clock ?? deps.clock).now();
          const head = readHead(tail, sha);
          if (head.damaged) opts.onDamagedTail?.({ file: opts.writer + LOG_EXT, lines: head.damaged, torn: head.torn !== undefined });
          const body: Omit<LogRecord, 'hash'> = {
            ...pickInput(input), v: RECORD_VERSION, id: newRecordId(now), writer: opts.writer,
            seq: head.seq + 1, prev: head.hash, recorded: isoWithOffset(now), torn: head.torn,
          };
          if (body.torn === undefined) delete body.torn;
          const record = { ...body, hash: recordHash(body as unknown as Record<string, unknown>, sha) } as LogRecord;
          // A torn last line stays as it is; the new record starts on its own line.
          return { text: (head.endsWithNewline ? '' : '\n') + serialiseRecord(record), value: record };
        });
      } catch (e) {
        throw writeError(e, dir);
      }
    };
    const prev = queues.get(file) ?? Promise.resolve();
    const next = prev.then(run, run);
    queues.set(file, next.catch(() => undefined));
    return next;
  }

  /**
   * What loadLog and loadLogAsync share: the folder's writer files, a verifier per file, and how
   * each file's result joins the log. Only the reading of the bytes differs between the two.
   */
  function loadRun(dir: string, lo: LoadOptions) {
    const kind = storage.kind(dir);
    const out: LoadedLog = { folder: dir, exists: kind !== undefined, records: [], count: 0, issues: [], heads: {}, tips: {}, files: [] };
    if (kind && kind !== 'directory') throw new LogWriteError(`the log folder ${dir} is a file, not a folder`, 'ENOTDIR', dir, `le dossier du journal ${dir} est un fichier, pas un dossier`);
    const names = kind ? storage.list(dir).filter(n => n.endsWith(LOG_EXT)).sort() : [];
    const ids = new IdRegistry();
    let bytes = 0;
    // Sizes only when someone watches: a plain verify makes no extra call per file.
    const totalBytes = lo.onProgress && storage.size
      ? names.reduce((sum, n) => { try { return sum + storage.size!(joinPath(dir, n)); } catch { return sum; } }, 0) : 0;
    return {
      out, names,
      /** A verifier for one writer file (throws when it is not a file: `failed` words that). */
      open(name: string) {
        const path = joinPath(dir, name);
        const writer = name.slice(0, -LOG_EXT.length);
        if (storage.kind(path) !== 'file') throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
        const reader = chainReader(name, {
          writer: WRITER_ID.test(writer) ? writer : undefined, sha, keep: lo.keep, chain: lo.chains !== undefined, ids,
          locked: storage.kind(path + '.lock') !== undefined,
        });
        const onChunk = lo.onProgress && ((n: number) => {
          bytes += n;
          lo.onProgress!({ bytes, totalBytes, records: out.count + reader.count() });
        });
        return { path, reader, onChunk };
      },
      done(name: string, res: FileResult) {
        out.files.push(name);
        out.count += res.count;
        if (lo.chains) lo.chains[name] = res.chain;
        for (const r of res.records) out.records.push(r);
        for (const i of res.issues) out.issues.push(i);
        if (res.head) {
          out.heads[name] = res.head.hash;
          out.tips[name] = res.head;
        }
      },
      failed(name: string, e: unknown) {
        const code = (e as { code?: string }).code;
        out.issues.push({ severity: 'error', code: 'unreadable-file', file: name, line: 0,
          message: code === 'EISDIR' ? `${name} is a folder or a special file, not a writer's log file: move it out of the log folder`
            : `${name} cannot be read (${code ?? (e as Error).message}): its records cannot be checked` });
      },
    };
  }

  /** Loads and verifies every writer file in the folder. A missing folder is an empty log. */
  function loadLog(dir: string, lo: LoadOptions = {}): LoadedLog {
    const run = loadRun(dir, lo);
    for (const name of run.names) {
      let res: FileResult;
      try {
        const { path, reader, onChunk } = run.open(name);
        const endsWithNewline = storage.readChunks
          ? forEachLine(storage.readChunks(path), reader.line, onChunk)
          : forEachTextLine(storage.read(path), t => reader.line(t));
        res = reader.end(endsWithNewline);
      } catch (e) {
        run.failed(name, e);
        continue;
      }
      run.done(name, res);
    }
    return run.out;
  }

  /**
   * loadLog with the bytes read asynchronously, piece by piece (readChunksAsync): the same records,
   * findings and verdict, while the caller's event loop runs between pieces. `cancel` stops it
   * between two pieces with ReadCancelled, and nothing is returned.
   */
  async function loadLogAsync(dir: string, lo: LoadOptions & { cancel?: CancelToken } = {}): Promise<LoadedLog> {
    const run = loadRun(dir, lo);
    for (const name of run.names) {
      if (lo.cancel?.isCancellationRequested) throw new ReadCancelled();
      let res: FileResult;
      try {
        const { path, reader, onChunk } = run.open(name);
        const chunks = storage.readChunksAsync?.(path);
        const endsWithNewline = chunks
          ? await forEachLineAsync(chunks, reader.line, { onChunk, cancel: lo.cancel })
          : storage.readChunks ? forEachLine(storage.readChunks(path), reader.line, onChunk)
          : forEachTextLine(storage.read(path), t => reader.line(t));
        res = reader.end(endsWithNewline);
      } catch (e) {
        if (e instanceof ReadCancelled) throw e;
        run.failed(name, e);
        continue;
      }
      run.done(name, res);
    }
    return run.out;
  }

  function chainsOf(dir: string): { log: LoadedLog; chains: Record<string, ChainNode[]> } {
    const chains: Record<string, ChainNode[]> = {};
    const log = loadLog(dir, { keep: false, chains });
    return { log, chains };
  }

  async function keepWitness(dir: string, w: AnchorWitness): Promise<void> {
    const wdir = joinPath(dir, WITNESS_DIR);
    try {
      storage.ensureFolder(wdir, {});
      await storage.append(joinPath(wdir, ANCHORS_FILE), tail => ({
        text: (tail.size && !tail.read(1).endsWith('\n') ? '\n' : '') + JSON.stringify(w) + '\n', value: undefined,
      }));
    } catch (e) {
      throw writeError(e, dir);
    }
  }

  async function anchor(dir: string, extra: { channel?: string; note?: string } = {}): Promise<AnchorWitness> {
    const { log, chains } = chainsOf(dir);
    if (!Object.keys(log.tips).length) throw new LogInputError(['the log is empty: there is nothing to anchor yet'], ['le journal est vide : rien à référencer pour l’instant']);
    const w = witnessFor(log.tips, chains, isoWithOffset(deps.clock.now()), extra, sha);
    await keepWitness(dir, w);
    return w;
  }

  function witnesses(dir: string): AnchorWitness[] {
    const file = joinPath(joinPath(dir, WITNESS_DIR), ANCHORS_FILE);
    return storage.kind(file) === 'file' ? parseWitnesses(storage.read(file)) : [];
  }

  function checkAnchor(dir: string, ref: string, chains?: Record<string, ChainNode[]>): AnchorCheck {
    return verifyAnchor(ref, chains ?? chainsOf(dir).chains, witnesses(dir), sha);
  }

  return { ensureLogFolder, appendRecord, loadLog, loadLogAsync, anchor, keepWitness, witnesses, checkAnchor };
}

export type Verdict = 'intact' | 'intact-with-warnings' | 'broken';

export function verdictOf(issues: LogIssue[]): Verdict {
  if (issues.some(i => i.severity === 'error')) return 'broken';
  return issues.length ? 'intact-with-warnings' : 'intact';
}
