// The writer-file verifier as it was before it streamed (two passes over the whole text), frozen
// here as the oracle of test/unit/log/stream-verify.test.ts: the streaming reader must report the
// same findings, in the same order, on any log. Do not "fix" this file: it is the reference.
import { duplicateKey } from '../../../../src/core/log/json-keys.js';
import type { Sha256 } from '../../../../src/core/ports.js';
import { recordHash } from '../../../../src/core/log/canonical.js';
import { recordProblems, type LogRecord } from '../../../../src/core/log/record.js';
import { pureSha256 } from '../../../../src/core/log/sha256.js';
import type { ChainNode, FileResult, LogIssue, ParseOptions, ParsedRecord } from '../../../../src/core/log/chain.js';

const short = (h: string) => h.slice(0, 12);

/**
 * Fast path: a line as written is the canonical form with the `"hash":"…"` member added, so the
 * hashed text is the line without that member. Only when that fails (the line was reformatted or
 * edited) is the canonical form recomputed, which decides.
 */
/** 'exact': the line, its hash member aside, is the hashed text; 'content': only its parsed content matches. */
function hashMatches(raw: string, obj: Record<string, unknown>, hash: unknown, sha: Sha256): 'exact' | 'content' | false {
  if (typeof hash !== 'string') return false;
  const member = ',"hash":"' + hash + '"';
  const at = raw.lastIndexOf(member);
  if (at > 0 && sha.hex(raw.slice(0, at) + raw.slice(at + member.length)) === hash) return 'exact';
  return recordHash(obj, sha) === hash ? 'content' : false;
}

type Node = ChainNode;

export function twoPassWriterFile(file: string, text: string, writerOrOpts?: string | ParseOptions): FileResult {
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
    let raw = lines[i]!;
    const line = i + 1;
    if (line === 1 && raw.startsWith('\ufeff')) {
      raw = raw.slice(1);
      issues.push({ severity: 'warning', code: 'byte-order-mark', file, line,
        message: 'the file starts with a byte-order mark (an editor saved it): the records are read as written, but remove the mark (save as UTF-8 without BOM, or git checkout the file)',
        fr: 'le fichier commence par une marque d’ordre des octets (un éditeur l’a enregistré ainsi)\u00a0: les entrées sont lues telles qu’écrites, mais retirez la marque (enregistrez en UTF-8 sans BOM, ou git checkout du fichier)' });
    }
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
    const match = hashMatches(raw, obj, rec.hash, sha);
    const intact = match !== false;
    const twice = match === 'exact' ? undefined : duplicateKey(raw, obj);
    if (twice !== undefined) {
      issues.push({ severity: 'error', code: 'duplicate-key', file, line, recordId: rec.id,
        message: `line ${line}${id ? ` (record ${id})` : ''} has the key "${twice}" twice: Liaison and most JSON readers keep the last value, others the first, and its hash covers only one; the line was edited by hand or by a tool`,
        fr: `la ligne ${line}${id ? ` (entrée ${id})` : ''} porte deux fois la clé «\u00a0${twice}\u00a0»\u00a0: Liaison et la plupart des lecteurs JSON gardent la dernière valeur, d’autres la première, et son empreinte n’en couvre qu’une\u00a0; la ligne a été modifiée à la main ou par un outil` });
    }
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


/** The old loadLog over in-memory files (sorted names): per-file results, then duplicate ids across files. */
export function twoPassLog(files: Record<string, string>, o: { sha?: Sha256; locked?: string[] } = {}): { issues: LogIssue[]; count: number; heads: Record<string, string>; records: ParsedRecord[] } {
  const out = { issues: [] as LogIssue[], count: 0, heads: {} as Record<string, string>, records: [] as ParsedRecord[] };
  const seenIds = new Map<string, { name: string; line: number }>();
  for (const name of Object.keys(files).sort()) {
    const writer = name.slice(0, -'.jsonl'.length);
    const res = twoPassWriterFile(name, files[name]!, { writer: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(writer) ? writer : undefined, sha: o.sha, locked: o.locked?.includes(name) });
    out.count += res.count;
    for (const r of res.chain) {
      const other = seenIds.get(r.id);
      if (other) {
        res.issues.push({ severity: 'error', code: 'duplicate-id', file: name, line: r.line, recordId: r.id,
          message: `record ${r.id} (line ${r.line}) has the same id as a record in ${other.name}:${other.line}` });
      } else seenIds.set(r.id, { name, line: r.line });
    }
    out.records.push(...res.records);
    out.issues.push(...res.issues);
    if (res.head) out.heads[name] = res.head.hash;
  }
  return out;
}
