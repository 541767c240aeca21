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
import type { Sha256 } from '../ports.js';
import { canonical, recordHash } from './canonical.js';
import { recordProblems, type LogRecord } from './record.js';
import { pureSha256 } from './sha256.js';

export type IssueCode =
  | 'torn' | 'truncated' | 'unreadable' | 'malformed' | 'modified' | 'missing-previous'
  | 'reordered' | 'sequence' | 'duplicate' | 'wrong-writer' | 'duplicate-id' | 'fork'
  | 'unreadable-file' | 'inserted' | 'recorded-after-commit' | 'anchor';

export interface LogIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Log file name (e.g. "w-3f2a.jsonl"). */
  file: string;
  /** 1-based line in that file (0: the file as a whole). */
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
  /** Readable records in file order (empty when parsed with `keep: false`). */
  records: ParsedRecord[];
  /** How many readable records the file holds (kept or not). */
  count: number;
  /** The chain fields of every readable record, in file order (kept even with `keep: false`). */
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
}

const short = (h: string) => h.slice(0, 12);

/**
 * Fast path: a line as written is the canonical form with the `"hash":"…"` member added, so the
 * hashed text is the line without that member. Only when that fails (the line was reformatted or
 * edited) is the canonical form recomputed, which decides.
 */
function hashMatches(raw: string, obj: Record<string, unknown>, hash: unknown, sha: Sha256): boolean {
  if (typeof hash !== 'string') return false;
  const member = ',"hash":"' + hash + '"';
  const at = raw.lastIndexOf(member);
  if (at > 0 && sha.hex(raw.slice(0, at) + raw.slice(at + member.length)) === hash) return true;
  return recordHash(obj, sha) === hash;
}

export interface ChainNode { line: number; id: string; hash: string; prev: string; seq: number; recorded: string; intact: boolean; torn?: string }
type Node = ChainNode;

export function parseWriterFile(file: string, text: string, writerOrOpts?: string | ParseOptions): FileResult {
  const o: ParseOptions = typeof writerOrOpts === 'string' ? { writer: writerOrOpts } : writerOrOpts ?? {};
  const sha = o.sha ?? pureSha256;
  const keep = o.keep !== false;
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  const issues: LogIssue[] = [];
  const records: ParsedRecord[] = [];
  const unreadable: number[] = [];
  // First pass: parse, check each record on its own, index hashes by line.
  const hashAt = new Map<string, number>();
  const nodes: Node[] = [];
  const nodeAt: Node[] = [];
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
    const intact = hashMatches(raw, obj, rec.hash, sha);
    if (!intact) {
      issues.push({ severity: 'error', code: 'modified', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) was changed after it was written: its content no longer matches its hash` });
    }
    if (hashAt.has(rec.hash)) {
      issues.push({ severity: 'error', code: 'duplicate', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) duplicates line ${hashAt.get(rec.hash)!}` });
      continue;
    }
    if (o.writer && rec.writer !== o.writer) {
      const who = typeof rec.writer === 'string' && rec.writer ? `writer ${rec.writer}` : 'no writer';
      issues.push({ severity: 'error', code: 'wrong-writer', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) belongs to ${who} but sits in ${file}: it was moved or forged` });
    }
    hashAt.set(rec.hash, line);
    if (problems.length) continue;
    const node: Node = { line, id: rec.id, hash: rec.hash, prev: rec.prev, seq: rec.seq, recorded: rec.recorded, intact, torn: typeof rec.torn === 'string' ? rec.torn : undefined };
    nodes.push(node);
    nodeAt[line] = node;
    if (keep) records.push({ record: rec, file, line, intact });
  }
  // Second pass: the chain. Every record follows "" (a chain start) or a record above it.
  // prev -> its first child; a list only where there is a fork (a linear chain allocates none).
  const firstChild = new Map<string, Node>();
  const children = new Map<string, Node[]>();
  for (const n of nodes) {
    const first = firstChild.get(n.prev);
    if (!first) firstChild.set(n.prev, n);
    else {
      const list = children.get(n.prev);
      if (list) list.push(n);
      else children.set(n.prev, [first, n]);
    }
    if (n.prev === '') {
      if (n.seq !== 1) issues.push({ severity: 'error', code: 'sequence', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}) starts a chain but has seq ${n.seq}: the records before it were removed` });
      continue;
    }
    const parentLine = hashAt.get(n.prev);
    const parent = parentLine === undefined ? undefined : nodeAt[parentLine];
    if (parentLine === undefined) {
      issues.push({ severity: 'error', code: 'missing-previous', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}) follows a record (hash ${short(n.prev)}…, seq ${n.seq - 1}) that is missing or was edited: a record was deleted or changed before line ${n.line}` });
    } else if (parentLine > n.line) {
      issues.push({ severity: 'error', code: 'reordered', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}) follows record ${parent?.id ?? '?'} found further down (line ${parentLine}): records were reordered` });
    } else if (parent && parent.seq + 1 !== n.seq) {
      issues.push({ severity: 'error', code: 'sequence', file, line: n.line, recordId: n.id,
        message: `record ${n.id} (line ${n.line}) has seq ${n.seq} after record ${parent.id} with seq ${parent.seq}` });
    }
  }
  issues.push(...forks(file, children, firstChild, hashAt, nodeAt));
  issues.push(...unreadableLines(file, lines, unreadable, nodeAt, endsWithNewline, o.locked === true, sha));
  issues.sort((a, b) => a.line - b.line);
  const last = nodes[nodes.length - 1];
  return { records, count: nodes.length, chain: nodes, issues, head: last ? { hash: last.hash, seq: last.seq, id: last.id } : undefined };
}

/** The records of one branch from its first record on: follows the first child at each step. */
function branchOf(start: Node, firstChild: Map<string, Node>): Node[] {
  const out = [start];
  for (let n = firstChild.get(start.hash); n && out.length < 1_000_000; n = firstChild.get(n.hash)) out.push(n);
  return out;
}

function forks(file: string, children: Map<string, Node[]>, firstChild: Map<string, Node>, hashAt: Map<string, number>, nodeAt: Node[]): LogIssue[] {
  const out: LogIssue[] = [];
  for (const [prev, kids] of children) {
    const parentLine = hashAt.get(prev);
    const parent = parentLine === undefined ? undefined : nodeAt[parentLine];
    const at = parent ? `record ${parent.id} (line ${parent.line}, seq ${parent.seq})` : 'the start of the chain';
    const branches = kids.map(k => {
      const b = branchOf(k, firstChild);
      const tip = b[b.length - 1]!;
      return `${k.id} (line ${k.line}${b.length > 1 ? `, ${b.length} records to ${tip.id} line ${tip.line}` : ''})`;
    });
    const second = kids[1]!;
    out.push({ severity: 'warning', code: 'fork', file, line: second.line, recordId: second.id,
      message: `fork after ${at}: ${kids.length} records follow it, ${branches.join(' and ')}. ` +
        'Either this writer\'s file was appended on two git branches that were merged, or two appends ran at once after a stolen lock, ' +
        'or a record was inserted later; in a git repository verify reads the history to tell them apart' });
  }
  return out;
}

function unreadableLines(file: string, lines: string[], unreadable: number[], nodeAt: Node[], endsWithNewline: boolean,
  locked: boolean, sha: Sha256): LogIssue[] {
  const out: LogIssue[] = [];
  for (const line of unreadable) {
    const raw = lines[line - 1]!;
    const isLast = line === lines.length;
    // An acknowledged torn write: the append after it recorded the fragment's hash.
    const next = nodeAt[line + 1];
    if (next?.torn !== undefined && next.torn === sha.hex(raw)) {
      out.push({ severity: 'warning', code: 'torn', file, line,
        message: `line ${line} holds an incomplete record from an interrupted write; the record after it (${next.id}) noted it when it was appended` });
    } else if (isLast && !endsWithNewline && locked) {
      out.push({ severity: 'warning', code: 'torn', file, line,
        message: `line ${line}, the last one, holds an incomplete record: a write is under way or was interrupted (the writer's lock file is there); the next append keeps it and goes on` });
    } else if (isLast && !endsWithNewline) {
      out.push({ severity: 'error', code: 'truncated', file, line,
        message: `line ${line}, the last one, is cut in the middle of a record and no write was under way: the file was cut or edited, and any record after it is lost` });
    } else {
      out.push({ severity: 'error', code: 'unreadable', file, line,
        message: `line ${line} is not readable JSON: a record was damaged or a line added by hand or by a tool` });
    }
  }
  return out;
}

/** The line to append for a record (canonical JSON plus newline). */
export function serialiseRecord(record: LogRecord): string {
  return canonical(record) + '\n';
}
