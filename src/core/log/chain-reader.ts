// Verifying one writer's file as its lines stream by, in one pass (chain.ts says what is checked and
// why). Nothing of a record outlives its line unless asked for (`keep`, `chain`): per record, its
// line, seq, id, hash and first child, in typed arrays where they are numbers. A healthy chain needs
// no lookup by hash: each intact record follows the one just above it, and cannot repeat an earlier
// one (same hash, same content, so the same parent, which already has that child). The first record
// that does not fit builds the hash index, and from there on every record goes through it. A record
// whose parent is not above it (reordered, or missing) waits for the end of the file.
import type { Sha256 } from '../ports.js';
import { recordHash } from './canonical.js';
import type { ChainNode, FileResult, LogIssue, ParseOptions, ParsedRecord } from './chain.js';
import { duplicateKey } from './json-keys.js';
import { recordProblems, type LogRecord } from './record.js';
import { pureSha256 } from './sha256.js';

const short = (h: string) => h.slice(0, 12);
const MEMBER_HEAD = ',"hash":"';

/** Where the last `,"hash":"<hash>"` member starts in a line (-1: nowhere), without building it. */
function memberAt(raw: string, hash: string): number {
  const at = raw.lastIndexOf(MEMBER_HEAD);
  if (at < 0) return -1;
  const end = at + MEMBER_HEAD.length;
  // The last head is the last member when the hash follows it; else the member, if any, is further up.
  if (raw.startsWith(hash, end) && raw.charCodeAt(end + hash.length) === 34 /* " */) return at;
  return raw.lastIndexOf(MEMBER_HEAD + hash + '"');
}

/**
 * Where the `,"hash":"…"` member starts in a line's bytes, given where it starts in the text (its
 * last place there, memberAt); -1 if not there. Each UTF-16 unit of the text comes from at least
 * one byte, so the member's bytes start between `at` and `at` plus the line's extra bytes, and it
 * is the last place in that window where they occur (it is the last in the text, and the member
 * cannot overlap itself): a look at a few bytes instead of counting every character before it.
 */
function memberInBytes(text: string, at: number, bytes: Uint8Array, member: string): number {
  const size = member.length;
  for (let b = Math.min(at + bytes.length - text.length, bytes.length - size); b >= at; b--) {
    if (bytes[b] !== 44 /* , */) continue;
    let i = 1;
    while (i < size && bytes[b + i] === member.charCodeAt(i)) i++;
    if (i === size) return b;
  }
  return -1;
}

class Grow {
  lines = new Int32Array(1024);
  seqs = new Float64Array(1024);
  firstChild = new Int32Array(1024).fill(-1);
  ids: string[] = [];
  hashes: string[] = [];
  n = 0;
  add(line: number, seq: number, id: string, hash: string): number {
    if (this.n === this.lines.length) {
      const size = this.n * 2;
      const l = new Int32Array(size); l.set(this.lines); this.lines = l;
      const s = new Float64Array(size); s.set(this.seqs); this.seqs = s;
      const c = new Int32Array(size).fill(-1); c.set(this.firstChild); this.firstChild = c;
    }
    this.lines[this.n] = line;
    this.seqs[this.n] = seq;
    this.ids.push(id);
    this.hashes.push(hash);
    return this.n++;
  }
}

/**
 * Record ids across a log's writer files, to report an id used twice anywhere in the log. An open
 * addressing table in typed arrays: at 100,000 fresh ids a Map costs several times more. Ids are
 * "YYYYMMDD-" and 8 random hex digits, whose value is the slot; any other id is hashed (FNV-1a).
 */
export class IdRegistry {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly keys: string[] = [];
  private lines = new Int32Array(1 << 11);
  private fileOf = new Int32Array(1 << 11);
  private readonly files: string[] = [];
  private readonly seed = (Math.random() * 2 ** 32) >>> 0;

  private hash(id: string): number {
    const n = id.length;
    let v = 0;
    if (n >= 8) {
      for (let i = n - 8; i < n; i++) {
        const c = id.charCodeAt(i);
        const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
        if (d < 0) { v = -1; break; }
        v = (v << 4) | d;
      }
      if (v !== -1) return (v ^ this.seed) >>> 0;
    }
    let h = 0x811c9dc5 ^ this.seed;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  private grow(): void {
    const size = this.slots.length * 2, mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.keys.forEach((k, j) => {
      let i = this.hash(k) & mask;
      while (this.slots[i]! >= 0) i = (i + 1) & mask;
      this.slots[i] = j;
    });
    const lines = new Int32Array(size / 2); lines.set(this.lines); this.lines = lines;
    const files = new Int32Array(size / 2); files.set(this.fileOf); this.fileOf = files;
  }

  /** Where `id` was seen before ("w-a.jsonl:3"); undefined the first time, which notes it here. */
  seen(id: string, file: string, line: number): string | undefined {
    if (this.keys.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let i = this.hash(id) & mask;
    for (let k = this.slots[i]!; k >= 0; k = this.slots[i]!) {
      if (this.keys[k] === id) return `${this.files[this.fileOf[k]!]}:${this.lines[k]}`;
      i = (i + 1) & mask;
    }
    if (this.files[this.files.length - 1] !== file) this.files.push(file);
    const k = this.keys.length;
    this.slots[i] = k;
    this.keys.push(id);
    this.lines[k] = line;
    this.fileOf[k] = this.files.length - 1;
    return undefined;
  }
}

export interface ChainReader {
  /** The next line of the file (without "\n"), with its bytes as stored when the caller has them. */
  line(text: string, bytes?: Uint8Array): void;
  /** The file is over: the chain's findings in line order, then ids already used in an earlier file or line. */
  end(endsWithNewline: boolean): FileResult;
  /** Readable records so far (progress). */
  count(): number;
}

/** `ids`: shared by the files of one log, so an id used twice anywhere in it is reported. */
export function chainReader(file: string, o: ParseOptions & { ids?: IdRegistry } = {}): ChainReader {
  const sha: Sha256 = o.sha ?? pureSha256;
  const keep = o.keep !== false;
  const wantChain = o.chain !== false;
  const checks: LogIssue[] = [];
  const links: LogIssue[] = [];
  const records: ParsedRecord[] = [];
  const chain: ChainNode[] = [];
  // Every record with chain fields (first line of each hash): >= 0 a node's index, < 0 minus the line of a record too malformed to be one.
  let hashAt: Map<string, number> | undefined;
  const nodes = new Grow();
  // Children of a hash that is not a node (yet): prev -> first child's index.
  const loose = new Map<string, number>();
  const startKids: number[] = [];
  // prev -> every child, only where two or more records follow the same one.
  const forkKids = new Map<string, number[]>();
  const waiting: { node: number; prev: string }[] = [];
  const unreadable: { line: number; text: string; next?: { id: string; torn?: string } }[] = [];
  const ids = o.ids ?? new IdRegistry();
  const idIssues: LogIssue[] = [];
  let scratch = new Uint8Array(4096);
  let lineNo = 0;
  let lastHash = '';
  // Set by hashMatches: the line, its hash member aside, is the very text the hash was taken over.
  let exact = false;

  const lineOfHash = (v: number) => (v >= 0 ? nodes.lines[v]! : -v);

  function index(): Map<string, number> {
    if (!hashAt) {
      hashAt = new Map();
      for (let i = 0; i < nodes.n; i++) hashAt.set(nodes.hashes[i]!, i);
    }
    return hashAt;
  }

  function hashMatches(raw: string, bytes: Uint8Array | undefined, obj: Record<string, unknown>, hash: unknown): boolean {
    if (typeof hash !== 'string') return false;
    // A line as written is the canonical form with the hash member added: the hashed text is the
    // line without it. Only when that fails is the canonical form recomputed, which decides.
    const at = memberAt(raw, hash);
    if (at > 0) {
      const size = MEMBER_HEAD.length + hash.length + 1;
      // Bytes as many as characters: each character is one byte, at the same place.
      const b = !bytes ? -1 : bytes.length === raw.length ? at : memberInBytes(raw, at, bytes, raw.slice(at, at + size));
      if (bytes && b > 0) {
        // The line's bytes with the member taken out: one copy, then its tail moved up.
        if (scratch.length < bytes.length) scratch = new Uint8Array(bytes.length * 2);
        scratch.set(bytes);
        scratch.copyWithin(b, b + size, bytes.length);
        if (sha.hex(scratch.subarray(0, bytes.length - size)) === hash) return (exact = true);
      } else if (sha.hex(raw.slice(0, at) + raw.slice(at + size)) === hash) return (exact = true);
    }
    return recordHash(obj, sha) === hash;
  }

  function child(kid: number, prev: string): void {
    let first: number;
    if (prev === '') {
      startKids.push(kid);
      if (startKids.length === 1) return;
      first = startKids[0]!;
    } else {
      const p = index().get(prev);
      if (p !== undefined && p >= 0) {
        first = nodes.firstChild[p]!;
        if (first < 0) { nodes.firstChild[p] = kid; return; }
      } else {
        const f = loose.get(prev);
        if (f === undefined) { loose.set(prev, kid); return; }
        first = f;
      }
    }
    const list = forkKids.get(prev);
    if (list) list.push(kid);
    else forkKids.set(prev, [first, kid]);
  }

  function linkCheck(node: number, prev: string, seq: number, line: number, id: string): void {
    if (prev === '') {
      if (seq !== 1) links.push({ severity: 'error', code: 'sequence', file, line, recordId: id,
        message: `record ${id} (line ${line}) starts a chain but has seq ${seq}: the records before it were removed`,
        fr: `l’entrée ${id} (ligne ${line}) commence une chaîne mais porte le seq ${seq} : les entrées d’avant ont été supprimées` });
      return;
    }
    const p = index().get(prev);
    if (p === undefined) { waiting.push({ node, prev }); return; }
    if (p >= 0 && nodes.seqs[p]! + 1 !== seq) {
      links.push({ severity: 'error', code: 'sequence', file, line, recordId: id,
        message: `record ${id} (line ${line}) has seq ${seq} after record ${nodes.ids[p]!} with seq ${nodes.seqs[p]!}`,
        fr: `l’entrée ${id} (ligne ${line}) porte le seq ${seq} après l’entrée ${nodes.ids[p]!} de seq ${nodes.seqs[p]!}` });
    }
  }

  function line(raw: string, bytes?: Uint8Array): void {
    const line = ++lineNo;
    // A byte-order mark an editor added: the first record is still read (and its hash checked without it).
    if (line === 1 && raw.charCodeAt(0) === 0xfeff) {
      raw = raw.slice(1);
      if (bytes && bytes[0] === 0xef) bytes = bytes.subarray(3);
      checks.push({ severity: 'warning', code: 'byte-order-mark', file, line,
        message: 'the file starts with a byte-order mark (an editor saved it): the records are read as written, but remove the mark (save as UTF-8 without BOM, or git checkout the file)',
        fr: 'le fichier commence par une marque d’ordre des octets (un éditeur l’a enregistré ainsi)\u00a0: les entrées sont lues telles qu’écrites, mais retirez la marque (enregistrez en UTF-8 sans BOM, ou git checkout du fichier)' });
    }
    if (raw.length === 0 || (raw.charCodeAt(0) !== 123 /* { */ && raw.trim() === '')) return;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw);
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
    } catch {
      unreadable.push({ line, text: raw });
      return;
    }
    const id = typeof obj.id === 'string' ? obj.id : undefined;
    const problems = recordProblems(obj);
    if (problems.length) {
      checks.push({ severity: 'error', code: 'malformed', file, line, recordId: id,
        message: `line ${line}${id ? ` (record ${id})` : ''} is not a valid record: ${problems.slice(0, 3).join('; ')}`,
        fr: `la ligne ${line}${id ? ` (entrée ${id})` : ''} n’est pas une entrée valide : ${recordProblems(obj, 'fr').slice(0, 3).join(' ; ')}` });
      // A record whose chain fields are intact still counts for the chain.
      if (typeof obj.hash !== 'string' || typeof obj.seq !== 'number') return;
    }
    const rec = obj as unknown as LogRecord;
    exact = false;
    const intact = hashMatches(raw, bytes, obj, rec.hash);
    // A line that is not the very text its hash was taken over may hold a key twice: the hash then
    // covers the last value (what JSON.parse keeps) while the file also shows another one.
    const twice = exact ? undefined : duplicateKey(raw, obj);
    if (twice !== undefined) {
      checks.push({ severity: 'error', code: 'duplicate-key', file, line, recordId: rec.id,
        message: `line ${line}${id ? ` (record ${id})` : ''} has the key "${twice}" twice: Liaison and most JSON readers keep the last value, others the first, and its hash covers only one; the line was edited by hand or by a tool`,
        fr: `la ligne ${line}${id ? ` (entrée ${id})` : ''} porte deux fois la clé «\u00a0${twice}\u00a0»\u00a0: Liaison et la plupart des lecteurs JSON gardent la dernière valeur, d’autres la première, et son empreinte n’en couvre qu’une\u00a0; la ligne a été modifiée à la main ou par un outil` });
    }
    if (!intact) {
      checks.push({ severity: 'error', code: 'modified', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) was changed after it was written: its content no longer matches its hash`,
        fr: `l’entrée ${rec.id} (ligne ${line}) a été modifiée après son écriture : son contenu ne correspond plus à son empreinte` });
    }
    if (!hashAt && intact && !problems.length && rec.prev === lastHash) return follows(rec, line);
    const hashAt_ = index();
    const seen = hashAt_.get(rec.hash);
    if (seen !== undefined) {
      checks.push({ severity: 'error', code: 'duplicate', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) duplicates line ${lineOfHash(seen)}`,
        fr: `l’entrée ${rec.id} (ligne ${line}) répète la ligne ${lineOfHash(seen)}` });
      return;
    }
    writerCheck(rec, line);
    if (problems.length) { hashAt_.set(rec.hash, -line); return; }
    const node = added(rec, line, intact);
    hashAt_.set(rec.hash, node);
    // Records above that follow this one (they were reordered): this one is now their parent.
    const before = loose.get(rec.hash);
    if (before !== undefined) { nodes.firstChild[node] = before; loose.delete(rec.hash); }
    child(node, rec.prev);
    linkCheck(node, rec.prev, rec.seq, line, rec.id);
  }

  function writerCheck(rec: LogRecord, line: number): void {
    if (o.writer && rec.writer !== o.writer) {
      const named = typeof rec.writer === 'string' && rec.writer;
      const who = named ? `writer ${rec.writer}` : 'no writer';
      const whoFr = named ? `l’auteur ${rec.writer}` : 'aucun auteur';
      checks.push({ severity: 'error', code: 'wrong-writer', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) belongs to ${who} but sits in ${file}: it was moved or forged`,
        fr: `l’entrée ${rec.id} (ligne ${line}) appartient à ${whoFr} mais se trouve dans ${file} : elle a été déplacée ou forgée` });
    }
  }

  /** A readable record joins the chain: what every record of it keeps. */
  function added(rec: LogRecord, line: number, intact: boolean): number {
    const node = nodes.add(line, rec.seq, rec.id, rec.hash);
    lastHash = rec.hash;
    const torn = typeof rec.torn === 'string' ? rec.torn : undefined;
    const last = unreadable[unreadable.length - 1];
    if (last && last.line === line - 1) last.next = { id: rec.id, torn };
    const where = ids.seen(rec.id, file, line);
    if (where !== undefined) idIssues.push({ severity: 'error', code: 'duplicate-id', file, line, recordId: rec.id,
      message: `record ${rec.id} (line ${line}) has the same id as a record in ${where}`,
        fr: `l’entrée ${rec.id} (ligne ${line}) a le même identifiant qu’une entrée de ${where}` });
    if (wantChain) chain.push({ line, id: rec.id, hash: rec.hash, prev: rec.prev, seq: rec.seq, recorded: rec.recorded, intact, torn });
    if (keep) records.push({ record: rec, file, line, intact });
    return node;
  }

  /** The common case: an intact record that follows the last one (or starts the file's chain). */
  function follows(rec: LogRecord, line: number): void {
    writerCheck(rec, line);
    const node = added(rec, line, true);
    if (node === 0) {
      startKids.push(node);
      if (rec.seq !== 1) links.push({ severity: 'error', code: 'sequence', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) starts a chain but has seq ${rec.seq}: the records before it were removed`,
        fr: `l’entrée ${rec.id} (ligne ${line}) commence une chaîne mais porte le seq ${rec.seq} : les entrées d’avant ont été supprimées` });
      return;
    }
    const p = node - 1;
    nodes.firstChild[p] = node;
    if (nodes.seqs[p]! + 1 !== rec.seq) {
      links.push({ severity: 'error', code: 'sequence', file, line, recordId: rec.id,
        message: `record ${rec.id} (line ${line}) has seq ${rec.seq} after record ${nodes.ids[p]!} with seq ${nodes.seqs[p]!}`,
        fr: `l’entrée ${rec.id} (ligne ${line}) porte le seq ${rec.seq} après l’entrée ${nodes.ids[p]!} de seq ${nodes.seqs[p]!}` });
    }
  }

  /** The records of one branch from its first record on: follows the first child at each step. */
  function branchOf(start: number): number[] {
    const out = [start];
    for (let n = nodes.firstChild[start]!; n >= 0 && out.length < 1_000_000; n = nodes.firstChild[n]!) out.push(n);
    return out;
  }

  function forks(): LogIssue[] {
    const out: LogIssue[] = [];
    for (const [prev, kids] of forkKids) {
      const p = prev === '' ? undefined : hashAt?.get(prev);
      const known = p !== undefined && p >= 0;
      const at = known ? `record ${nodes.ids[p]!} (line ${nodes.lines[p]!}, seq ${nodes.seqs[p]!})` : 'the start of the chain';
      const atFr = known ? `l’entrée ${nodes.ids[p]!} (ligne ${nodes.lines[p]!}, seq ${nodes.seqs[p]!})` : 'le début de la chaîne';
      const spans = kids.map(k => {
        const b = branchOf(k);
        return { first: k, tip: b[b.length - 1]!, n: b.length };
      });
      const branches = spans.map(({ first, tip, n }) =>
        `${nodes.ids[first]!} (line ${nodes.lines[first]!}${n > 1 ? `, ${n} records to ${nodes.ids[tip]!} line ${nodes.lines[tip]!}` : ''})`);
      const branchesFr = spans.map(({ first, tip, n }) =>
        `${nodes.ids[first]!} (ligne ${nodes.lines[first]!}${n > 1 ? `, ${n} entrées jusqu’à ${nodes.ids[tip]!} ligne ${nodes.lines[tip]!}` : ''})`);
      const second = kids[1]!;
      out.push({ severity: 'warning', code: 'fork', file, line: nodes.lines[second]!, recordId: nodes.ids[second]!,
        message: `fork after ${at}: ${kids.length} records follow it, ${branches.join(' and ')}. ` +
          'Either this writer\'s file was appended on two git branches that were merged, or two appends ran at once after a stolen lock, ' +
          'or a record was inserted later; in a git repository verify reads the history to tell them apart',
        fr: `bifurcation après ${atFr} : ${kids.length} entrées la suivent, ${branchesFr.join(' et ')}. ` +
          'Soit le fichier de cet auteur a reçu des ajouts sur deux branches git ensuite fusionnées, soit deux ajouts ont eu lieu en même temps après un verrou forcé, ' +
          'soit une entrée a été insérée après coup ; dans un dépôt git, verify lit l’historique pour les distinguer' });
    }
    return out;
  }

  function unreadableLines(endsWithNewline: boolean): LogIssue[] {
    const out: LogIssue[] = [];
    for (const { line, text, next } of unreadable) {
      const isLast = line === lineNo;
      // An acknowledged torn write: the append after it recorded the fragment's hash.
      if (next?.torn !== undefined && next.torn === sha.hex(text)) {
        out.push({ severity: 'warning', code: 'torn', file, line,
          message: `line ${line} holds an incomplete record from an interrupted write; the record after it (${next.id}) noted it when it was appended`,
        fr: `la ligne ${line} contient une entrée incomplète laissée par une écriture interrompue ; l’entrée suivante (${next.id}) l’a notée lors de son ajout` });
      } else if (isLast && !endsWithNewline && o.locked === true) {
        out.push({ severity: 'warning', code: 'torn', file, line,
          message: `line ${line}, the last one, holds an incomplete record: a write is under way or was interrupted (the writer's lock file is there); the next append keeps it and goes on`,
        fr: `la ligne ${line}, la dernière, contient une entrée incomplète : une écriture est en cours ou a été interrompue (le fichier de verrou de l’auteur est présent) ; le prochain ajout la conserve et continue` });
      } else if (isLast && !endsWithNewline) {
        out.push({ severity: 'error', code: 'truncated', file, line,
          message: `line ${line}, the last one, is cut in the middle of a record and no write was under way: the file was cut or edited, and any record after it is lost`,
        fr: `la ligne ${line}, la dernière, s’arrête au milieu d’une entrée alors qu’aucune écriture n’était en cours : le fichier a été tronqué ou modifié, et toute entrée qui suivait est perdue` });
      } else {
        out.push({ severity: 'error', code: 'unreadable', file, line,
          message: `line ${line} is not readable JSON: a record was damaged or a line added by hand or by a tool`,
        fr: `la ligne ${line} n’est pas du JSON lisible : une entrée a été abîmée, ou une ligne ajoutée à la main ou par un outil` });
      }
    }
    return out;
  }

  function end(endsWithNewline: boolean) {
    // Records whose parent was not above them: further down (reordered) or nowhere (missing).
    for (const { node, prev } of waiting) {
      const line = nodes.lines[node]!, id = nodes.ids[node]!, seq = nodes.seqs[node]!;
      const p = hashAt?.get(prev);
      if (p === undefined) {
        links.push({ severity: 'error', code: 'missing-previous', file, line, recordId: id,
          message: `record ${id} (line ${line}) follows a record (hash ${short(prev)}…, seq ${seq - 1}) that is missing or was edited: a record was deleted or changed before line ${line}`,
        fr: `l’entrée ${id} (ligne ${line}) suit une entrée (empreinte ${short(prev)}…, seq ${seq - 1}) absente ou modifiée : une entrée a été supprimée ou changée avant la ligne ${line}` });
      } else {
        links.push({ severity: 'error', code: 'reordered', file, line, recordId: id,
          message: `record ${id} (line ${line}) follows record ${p >= 0 ? nodes.ids[p]! : '?'} found further down (line ${lineOfHash(p)}): records were reordered`,
        fr: `l’entrée ${id} (ligne ${line}) suit l’entrée ${p >= 0 ? nodes.ids[p]! : '?'}, placée plus bas (ligne ${lineOfHash(p)}) : des entrées ont été réordonnées` });
      }
    }
    // Same order as the two-pass reader: per line, record checks, then chain, fork and unreadable findings.
    const issues = [...checks, ...links, ...forks(), ...unreadableLines(endsWithNewline)].sort((a, b) => a.line - b.line).concat(idIssues);
    const n = nodes.n;
    return {
      records, count: n, chain, issues,
      head: n ? { hash: lastHash, seq: nodes.seqs[n - 1]!, id: nodes.ids[n - 1]! } : undefined,
    };
  }

  return { line, end, count: () => nodes.n };
}
