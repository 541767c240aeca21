// Anchors: a short reference to the whole log's state (every writer's last record), given to
// someone the freelancer does not control (the client's inbox, a timestamp authority). A hash
// chain proves nothing against its own owner, who can rewrite it and recompute every hash; a
// reference held elsewhere does: a rewrite before it no longer reproduces it.
//
// The reference is the first 64 bits of sha256 over the canonical list of [file, seq, hash] of
// every writer's tip, written LX-XXXX-XXXX-XXXX-XXXX (hex, grouped to read aloud or retype):
// making another log state give the same reference takes about 2^64 hashes.
// Each anchor given is kept in <log folder>/witnesses/anchors.jsonl with the tips it covers and
// the short hash of every record up to them, so that a later check can name the first changed record.
import type { Lang, Sha256 } from '../ports.js';
import { canonical } from './canonical.js';
import type { ChainNode } from './chain.js';
import { pureSha256 } from './sha256.js';

export interface Tip { hash: string; seq: number; id: string }
export type Tips = Record<string, Tip>;

/** Hex digits kept in a reference: 16 (64 bits). */
export const ANCHOR_HEX = 16;
const SHORT = 16;

/** What `log anchor` stores for each reference it gives. */
export interface AnchorWitness {
  v: 1;
  ref: string;
  /** When it was given (ISO with offset). */
  issued: string;
  /** How it left the machine, e.g. "email", "timestamp", "printed". */
  channel?: string;
  note?: string;
  tips: Tips;
  /** For each file, the first 16 hex digits of the hash of every record from seq 1 to the tip. */
  hashes: Record<string, string[]>;
}

/** The digest (hex) an anchor reference is cut from. */
export function anchorDigest(tips: Tips, sha: Sha256 = pureSha256): string {
  const list = Object.keys(tips).sort().map(f => [f, tips[f]!.seq, tips[f]!.hash]);
  return sha.hex('liaison-anchor-v1\n' + canonical(list));
}

export function formatAnchor(hex: string): string {
  const h = hex.slice(0, ANCHOR_HEX).toUpperCase();
  return 'LX-' + (h.match(/.{1,4}/g) ?? []).join('-');
}

/** Reads a reference as pasted: case, spaces and dashes do not matter. Undefined when it is not one. */
export function parseAnchor(text: string): string | undefined {
  const t = text.trim().toUpperCase().replace(/^LX/, '').replace(/[\s-]/g, '');
  return /^[0-9A-F]+$/.test(t) && t.length === ANCHOR_HEX ? formatAnchor(t) : undefined;
}

/** The reference to the state `tips` describe. */
export function anchorOf(tips: Tips, sha: Sha256 = pureSha256): string {
  return formatAnchor(anchorDigest(tips, sha));
}

/** The witness entry for the current state: tips and the short hashes of each chain up to them. */
export function witnessFor(tips: Tips, chains: Record<string, ChainNode[]>, issued: string, extra: { channel?: string; note?: string } = {},
  sha: Sha256 = pureSha256): AnchorWitness {
  const hashes: Record<string, string[]> = {};
  for (const f of Object.keys(tips)) hashes[f] = mainChain(chains[f] ?? [], tips[f]!.hash).map(n => n.hash.slice(0, SHORT));
  return { v: 1, ref: anchorOf(tips, sha), issued, channel: extra.channel, note: extra.note, tips, hashes };
}

/** The records from the start of the chain to `tipHash`, following `prev` back. */
function mainChain(nodes: ChainNode[], tipHash: string): ChainNode[] {
  const byHash = new Map(nodes.map(n => [n.hash, n]));
  const out: ChainNode[] = [];
  for (let n = byHash.get(tipHash); n && out.length <= nodes.length; n = n.prev ? byHash.get(n.prev) : undefined) out.push(n);
  return out.reverse();
}

/** A record outside what a reference covers that says it was recorded before the reference's last record. */
export interface Uncovered { file: string; line: number; id: string; recorded: string }

export type AnchorCheck =
  | { ok: true; ref: string; witness?: AnchorWitness; covered: number; uncovered?: Uncovered[] }
  | { ok: false; ref: string; witness?: AnchorWitness; message: string; fr: string; file?: string; line?: number; recordId?: string };

/**
 * Is the log's history up to `ref` unchanged? `chains` is each writer file's chain (file order),
 * `witnesses` what anchors.jsonl holds (untrusted: an entry counts only if it reproduces `ref`).
 */
export function verifyAnchor(ref: string, chains: Record<string, ChainNode[]>, witnesses: AnchorWitness[], sha: Sha256 = pureSha256): AnchorCheck {
  const w = witnesses.find(x => x && x.ref === ref && x.tips && anchorOf(x.tips, sha) === ref);
  if (w) return checkWitness(ref, w, chains);
  // No trustworthy entry: look for a state of the log that reproduces the reference.
  const files = Object.keys(chains).filter(f => chains[f]!.length);
  if (files.length === 1) {
    const f = files[0]!;
    for (const n of chains[f]!) {
      const tips = { [f]: { hash: n.hash, seq: n.seq, id: n.id } };
      if (anchorOf(tips, sha) === ref) return checkWitness(ref, { v: 1, ref, issued: 'earlier', tips, hashes: {} }, chains);
    }
  } else {
    // Several writers: the state at each record's recording time.
    const all = files.flatMap(f => chains[f]!.map(n => ({ f, n, t: Date.parse(n.recorded) }))).sort((a, b) => a.t - b.t);
    const tips: Tips = {};
    for (const { f, n } of all) {
      tips[f] = { hash: n.hash, seq: n.seq, id: n.id };
      if (anchorOf(tips, sha) === ref) return checkWitness(ref, { v: 1, ref, issued: 'earlier', tips: { ...tips }, hashes: {} }, chains);
    }
  }
  return { ok: false, ref, message: `no state of the log reproduces ${ref}: the history before it was changed, or the reference belongs to another log (and its witness entry is missing from witnesses/anchors.jsonl, so the first changed record cannot be named)`,
    fr: `aucun état du journal ne reproduit ${ref} : l’historique antérieur a été modifié, ou la référence appartient à un autre journal (et son témoin manque dans witnesses/anchors.jsonl : impossible de nommer la première entrée modifiée)` };
}

function checkWitness(ref: string, w: AnchorWitness, chains: Record<string, ChainNode[]>): AnchorCheck {
  let covered = 0;
  const uncovered: Uncovered[] = [];
  for (const f of Object.keys(w.tips).sort()) {
    const tip = w.tips[f]!;
    const nodes = chains[f] ?? [];
    const byHash = new Map(nodes.map(n => [n.hash, n]));
    const issued = `the history before the anchor (given ${w.issued}) was changed`;
    const issuedFr = `l’historique antérieur à la référence (transmise le ${w.issued}) a été modifié`;
    // Walk back from the anchored tip: every record up to it must still be there, unedited.
    let n = byHash.get(tip.hash);
    const tipNode = n;
    let walked = 0;
    let broken: ChainNode | undefined;
    const seen = new Set<string>();
    while (n) {
      walked++;
      seen.add(n.hash);
      if (!n.intact) broken = n;
      if (n.prev === '') break;
      const up = byHash.get(n.prev);
      if (!up) { broken = n; break; }
      n = up;
    }
    if (n && !broken && n.prev === '' && walked === tip.seq) {
      covered += tip.seq;
      // A record this writer says it wrote before the anchored one, that the anchor does not hold: added since, backdated.
      const until = Date.parse(tipNode!.recorded);
      for (const x of nodes) if (!seen.has(x.hash) && Date.parse(x.recorded) <= until) uncovered.push({ file: f, line: x.line, id: x.id, recorded: x.recorded });
      continue;
    }
    // Name the first record that differs from what the anchor saw, by its short hash and content.
    const short = w.hashes?.[f] ?? [];
    const bySeq = new Map<number, ChainNode>();
    for (const x of nodes) if (!bySeq.has(x.seq) || short[x.seq - 1] === x.hash.slice(0, SHORT)) bySeq.set(x.seq, x);
    for (let s = 1; s <= tip.seq; s++) {
      const x = bySeq.get(s);
      if (!x) {
        return { ok: false, ref, witness: w, file: f, message: `${f}: the record with seq ${s} that ${ref} covers is gone: ${issued}`,
          fr: `${f} : l’entrée de seq ${s} que couvre ${ref} a disparu : ${issuedFr}` };
      }
      const expected = short[s - 1];
      if ((expected !== undefined && x.hash.slice(0, SHORT) !== expected) || !x.intact) {
        return { ok: false, ref, witness: w, file: f, line: x.line, recordId: x.id,
          message: `${f}: record ${x.id} (line ${x.line}, seq ${s}) differs from the one ${ref} covers: ${issued} from that record on`,
          fr: `${f} : l’entrée ${x.id} (ligne ${x.line}, seq ${s}) diffère de celle que couvre ${ref} : ${issuedFr} à partir de cette entrée` };
      }
    }
    return { ok: false, ref, witness: w, file: f, recordId: broken?.id, line: broken?.line,
      message: `${f}: the records ${ref} covers (up to seq ${tip.seq}, ${tip.id}) are no longer one unbroken chain: ${issued}`,
      fr: `${f} : les entrées que couvre ${ref} (jusqu’au seq ${tip.seq}, ${tip.id}) ne forment plus une chaîne continue : ${issuedFr}` };
  }
  return { ok: true, ref, witness: w, covered, ...(uncovered.length ? { uncovered } : {}) };
}

/** What a holding reference does not vouch for: records dated before it that it does not cover. */
export function uncoveredText(u: readonly Uncovered[], lang: Lang = 'en'): string {
  const first = u[0]!;
  return lang === 'fr'
    ? `mais ${u.length} entrée(s) disent avoir été enregistrées avant la dernière qu’elle couvre, sans être couvertes (première : ${first.id}, ${first.file} ligne ${first.line}, enregistrée le ${first.recorded}) : ` +
      'ajoutées depuis avec une date antérieure, ou écrites sur une autre branche git à l’époque ; la référence ne prouve rien à leur sujet'
    : `but ${u.length} record(s) say they were recorded before the last record it covers and it does not cover them (first: ${first.id}, ${first.file} line ${first.line}, recorded ${first.recorded}): ` +
      'added since with an earlier date, or written on another git branch at the time; the reference proves nothing about them';
}

/** Witness entries from anchors.jsonl text; unreadable lines are skipped (they cannot reproduce a reference). */
export function parseWitnesses(text: string): AnchorWitness[] {
  const out: AnchorWitness[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as AnchorWitness;
      if (o && typeof o.ref === 'string' && o.tips && typeof o.tips === 'object') out.push(o);
    } catch { /* skipped */ }
  }
  return out;
}
