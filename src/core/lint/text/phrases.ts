// Phrase families: the ways people say one thing, written as small token patterns and compiled
// once to regexes that run on normalized text (see normalize.ts), so matching is case-, accent-
// and apostrophe-insensitive and every index maps back to the original text.
//
// Pattern syntax (one pattern = one way of saying it):
//   word          a word; write it with accents or not, any case ("dû" == "du")
//   word*         the word and any ending: "mess*" = mess, messed, messes, messing
//   *ending       any word with this ending: "*erai" = enverrai, corrigerai (French future)
//   (a|b c|d)     one of these words or sequences; groups nest ('|' always splits the enclosing group)
//   x?            x is optional (a word, an alternation or a group)
//   ~N            up to N arbitrary words ("you ~2 should" = "you really should", "you guys should")
//   l' / qu'      a word ending with an apostrophe glues to the next ("l'ai" or "l' ai")
//   's            a word starting with an apostrophe glues to the one before ("developer's")
// English contractions are expanded: "didn't" also matches "did not" and "didnt"; "should've"
// matches "should have"; "it's" matches "it is" and "its"; "I'm" matches "I am".
import type { Lang } from '../../ports.js';
import type { Span } from '../types.js';
import { normalizeText } from './normalize.js';
import { memoActive, memoized, spansSize } from '../memo.js';
import { indexOf, substringLiteral, wordLiteral } from './literal-index.js';

export { normalizeText } from './normalize.js';

export interface PhraseFamily {
  id: string;
  patterns: Partial<Record<Lang, string[]>>;
}

export interface PhraseMatch {
  family: string;
  lang: Lang;
  /** The matched text as written in the original. */
  text: string;
  span: Span;
}

// Matching runs on normalized text (lower case, accents folded), so a compact letter class is
// enough; \p{L} would make every boundary a class of hundreds of ranges, slow to compile.
// The ranges are written as their characters, not \u escapes (the same class): with SEP's
// unescaped hyphen, that keeps more of the packs' units under the 20 KB of source past which V8 does
// not optimise a regex (blame-colleague's English role unit: 20,920 -> 20,036 characters, and 15x
// faster on its sentences).
export const L = '[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]';
const WORD = `(?:${L}+(?:'${L}+)*)`;
/** Between two words: spaces, a hyphen, a comma; nothing after an apostrophe. */
const SEP = "(?:(?<=')\\s*|\\s*,\\s*|[\\s-]+)";
/**
 * SEP where what comes before it cannot end with an apostrophe (a word that ends with a letter):
 * its first branch, (?<=') ..., can never match there, so leaving it out finds the same matches in
 * the same order. Most separators of the packs are such (a class's "virtual assistant"), and the
 * shorter source keeps the largest units under the 20 KB past which V8 does not optimise a regex.
 */
const SEP_PLAIN = "(?:\\s*,\\s*|[\\s-]+)";
const sepAfter = (plainBefore: boolean): string => (plainBefore ? SEP_PLAIN : SEP);

type Node =
  | { k: 'word'; re: string; opt: boolean; glue?: boolean; lits: string[]; plainEnd: boolean }
  | { k: 'gap'; n: number }
  | { k: 'alt'; seqs: Node[][]; opt: boolean };

// Every expansion ends with a letter; its separators follow the stem (SEP_PLAIN unless it ends with "'").
const sepAfterStem = (s: string): string => sepAfter(!s.endsWith("'"));
const CONTRACTIONS: Array<[RegExp, (stem: string) => string]> = [
  [/^(.+)n't$/, (s) => `${s === 'ca' ? 'can' : s === 'wo' ? 'will' : s === 'sha' ? 'shall' : esc(s)}(?:${sepAfterStem(s)}not|not)|${esc(s)}n'?t`],
  [/^(.+)'ve$/, (s) => `${esc(s)}(?:'?ve|${sepAfterStem(s)}have|${sepAfterStem(s)}of)`],
  [/^(.+)'re$/, (s) => `${esc(s)}(?:'?re|${sepAfterStem(s)}are)`],
  [/^(.+)'ll$/, (s) => `${esc(s)}(?:'?ll|${sepAfterStem(s)}will)`],
  [/^(.+)'m$/, (s) => `${esc(s)}(?:'?m|${sepAfterStem(s)}am)`],
  [/^(.+)'d$/, (s) => `${esc(s)}(?:'d|${sepAfterStem(s)}would|${sepAfterStem(s)}had)`],
  [/^(it|that|there|what|he|she|who|here)'s$/, (s) => `${esc(s)}(?:'?s|${SEP_PLAIN}is|${SEP_PLAIN}has)`],
];

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word's regex source, and literals one of which every match of it contains (for the pre-filter:
 * a sentence without any of them cannot match, so the family's regex is not run on it).
 */
function wordRe(raw: string, lang: Lang): WordRe {
  // Packs repeat their words (a class is expanded in every line that names it): made once each.
  const key = `${lang}\u0000${raw}`;
  let out = WORDS.get(key);
  if (!out) WORDS.set(key, (out = wordReNow(raw, lang)));
  return out;
}
const WORDS = new Map<string, WordRe>();
/** A word's source, its literals, and whether every match of it ends with a character other than "'". */
interface WordRe { re: string; lits: string[]; plainEnd: boolean }

function wordReNow(raw: string, lang: Lang): WordRe {
  const w = normalizeText(raw);
  if (w.startsWith('*') && w.length > 1) return { re: `${L}+${esc(w.slice(1))}`, lits: [w.slice(1)], plainEnd: !w.endsWith("'") };
  const prefix = w.endsWith('*');
  const base = prefix ? w.slice(0, -1) : w;
  if (lang === 'en' && !prefix && !base.endsWith("'")) {
    for (const [re, build] of CONTRACTIONS) {
      const m = re.exec(base);
      if (m) {
        const s = m[1]!;
        // n't: "can not"/"can't", "will not"/"won't": either the full stem or the written one.
        const full = s === 'ca' ? 'can' : s === 'wo' ? 'will' : s === 'sha' ? 'shall' : s;
        return { re: `(?:${build(s)})`, lits: full === s ? [s] : [full, s], plainEnd: true };
      }
    }
  }
  // A French elided word may lose its apostrophe to a space ("l ai") in a hurry: accept "'" or nothing.
  const body = esc(base).replace(/'$/, "'");
  // A match ends with the word's last character, or with one of L after "word*": never "'" unless the word ends so.
  return { re: prefix ? `${body}${L}*` : body, lits: [!prefix && LETTERS_ONLY.test(base) ? WHOLE + base : !prefix ? elidedLit(base) : base],
    plainEnd: base.length > 0 && !base.endsWith("'") };
}

/**
 * A word with apostrophes ("d'", "n'a", "aujourd'hui") as a whole-word literal: the pre-filter splits
 * the text at non-letters, so a match of "d'" leaves the word "d". Keeps the substring list short.
 */
function elidedLit(base: string): string {
  const parts = base.split("'").filter(Boolean);
  if (!parts.length || !parts.every((p) => LETTERS_ONLY.test(p))) return base;
  return WHOLE + parts.reduce((a, b) => (b.length > a.length ? b : a));
}

const GAP_TOKEN = /~(\d+)/y;
const WORD_TOKEN = /[^\s()|]+/y;
/** Parsed groups by their text: a class expanded in many lines is parsed once, its nodes shared. */
const GROUPS = new Map<string, Node[][]>();

function parse(src: string, lang: Lang): Node[][] {
  let i = 0;
  // alternatives := sequence ('|' sequence)*, up to ')' or the end.
  const alternatives = (): Node[][] => {
    const seqs: Node[][] = [[]];
    for (;;) {
      while (src[i] === ' ') i++;
      const c = src[i];
      if (c === undefined || c === ')') return seqs;
      if (c === '|') { i++; seqs.push([]); continue; }
      let node: Node;
      if (c === '(') {
        const close = closing(src, i);
        const key = close > 0 ? `${lang}\u0000${src.slice(i, close + 1)}` : undefined;
        let inner = key ? GROUPS.get(key) : undefined;
        if (inner) i = close + 1;
        else {
          i++;
          inner = alternatives();
          i++; // ')'
          if (key) GROUPS.set(key, inner);
        }
        node = { k: 'alt', seqs: inner, opt: src[i] === '?' };
        if (node.opt) i++;
      } else if (c === '~') {
        GAP_TOKEN.lastIndex = i;
        const m = GAP_TOKEN.exec(src)!;
        i += m[0].length;
        node = { k: 'gap', n: Number(m[1]) };
      } else {
        WORD_TOKEN.lastIndex = i;
        const m = WORD_TOKEN.exec(src)!;
        i += m[0].length;
        const opt = m[0].length > 1 && m[0].endsWith('?');
        const { re, lits, plainEnd } = wordRe(opt ? m[0].slice(0, -1) : m[0], lang);
        node = { k: 'word', re, lits, opt, glue: m[0].startsWith("'"), plainEnd };
      }
      seqs[seqs.length - 1]!.push(node);
    }
  };
  return alternatives();
}

/** The index of the ')' closing the '(' at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    const c = src.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return j;
  }
  return -1;
}

function bodyOf(n: Exclude<Node, { k: 'gap' }>): string {
  if (n.k === 'word') return n.re;
  let body = BODIES.get(n.seqs);
  if (body === undefined) BODIES.set(n.seqs, (body = `(?:${factored(branches(n.seqs))})`));
  return body;
}

/**
 * A group's branches as sources: a branch that is one group (not optional) spliced in as its own
 * branches, and a source written again left out. (?:a|(?:b|c)|d) finds what (?:a|b|c|d) does, and a
 * branch met again would only be tried where the same branch already failed: same matches, in the
 * same order, from a shorter source (a class listed inside another lists many words twice).
 */
function branches(seqs: Node[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (q: Node[]): void => {
    const only = q.length === 1 ? q[0]! : undefined;
    if (only?.k === 'alt' && !only.opt) { for (const r of only.seqs) add(r); return; }
    const src = seqRe(q);
    if (!seen.has(src)) { seen.add(src); out.push(src); }
  };
  for (const q of seqs) add(q);
  return out;
}

/** A character that stands for itself in a regex source (no 'u' flag, outside a class). */
const LITERAL_CHAR = /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff' ,-]/;
const QUANTIFIER = /^[?*+{]/;

/**
 * Consecutive branches that open with the same literal characters, with those written once:
 * (?:monteur|monteurs|monteuse) as monteu(?:r|rs|se). Exact: a literal prefix matches one way only,
 * and the branches after it are tried in the same order. Only where it shortens the source.
 */
function factored(srcs: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < srcs.length;) {
    const first = srcs[i]!;
    let j = i + 1;
    let p = literalHead(first);
    if (p > 0) {
      for (; j < srcs.length; j++) {
        const q = commonLiteral(first, srcs[j]!, p);
        if (q === 0) break;
        p = q;
      }
    }
    // (k - 1) copies of the prefix saved, "(?:" and ")" added.
    if (p === 0 || (j - i - 1) * p <= 4) { out.push(first); i++; continue; }
    out.push(`${first.slice(0, p)}(?:${factored(srcs.slice(i, j).map((x) => x.slice(p)))})`);
    i = j;
  }
  return out.join('|');
}

/** How many leading characters of `src` are literal and not quantified by what follows them. */
function literalHead(src: string): number {
  let n = 0;
  while (n < src.length && LITERAL_CHAR.test(src[n]!)) n++;
  // The last literal may carry a quantifier ("don'?t"): it is not part of a fixed prefix.
  while (n > 0 && QUANTIFIER.test(src.slice(n))) n--;
  return n;
}

/** The longest prefix (at most `max`) that `a` and `b` share, literal and unquantified in both. */
function commonLiteral(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < b.length && a[n] === b[n]) n++;
  while (n > 0 && (QUANTIFIER.test(a.slice(n)) || QUANTIFIER.test(b.slice(n)) || !LITERAL_CHAR.test(b[n - 1]!))) n--;
  return n;
}
/** Shared groups (GROUPS) are turned into regex source and literals once. */
const BODIES = new WeakMap<Node[][], string>();

/**
 * An element after the first: it carries the separator before it, inside its optional group.
 * `plainBefore`: what the sequence matched before it cannot end with "'" (see SEP_PLAIN); a gap's
 * own words end with a letter, so then every separator of the gap is plain too.
 */
function lead(n: Node, plainBefore: boolean): string {
  if (n.k === 'gap') return `(?:${sepAfter(plainBefore)}${WORD}){0,${n.n}}`;
  const sep = glued(n) ? '' : sepAfter(plainBefore);
  return n.opt ? `(?:${sep}${bodyOf(n)})?` : `${sep}${bodyOf(n)}`;
}

/**
 * True when every match of nodes[0, end) ends with a character other than "'" (and is not empty).
 * `matched`: the index of an optional node known to have matched (the first, in seqRe's first branch).
 * Read from the end: an optional node or a gap that matched nothing leaves what is before it last.
 */
function endsPlain(nodes: readonly Node[], end: number, matched = -1): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.k === 'gap') continue; // its words end with a letter; with none, what is before counts
    if (!(n.k === 'word' ? n.plainEnd : altEndsPlain(n.seqs))) return false;
    if (!n.opt || i === matched) return true;
  }
  return false;
}

function altEndsPlain(seqs: Node[][]): boolean {
  let v = PLAIN_END.get(seqs);
  if (v === undefined) PLAIN_END.set(seqs, (v = seqs.every((q) => endsPlain(q, q.length))));
  return v;
}
const PLAIN_END = new WeakMap<Node[][], boolean>();

/** A word written with a leading apostrophe ('s) attaches to the word before it. */
function glued(n: Node): boolean {
  if (n.k === 'word') return n.glue === true;
  return n.k === 'alt' && n.seqs.every((q) => q[0] !== undefined && glued(q[0]));
}

function seqRe(nodes: Node[]): string {
  const [first, ...tail] = nodes;
  if (!first) return '';
  if (first.k === 'gap') return seqRe(tail);
  const rest = tail.map((n, j) => lead(n, endsPlain(nodes, j + 1, 0))).join('');
  if (!first.opt) return bodyOf(first) + rest;
  return `(?:${bodyOf(first)}${rest}|${seqRe(tail)})`;
}

/** Compiles one pattern to a regex source, for flags 'g' or none (no 'u' needed); matches normalized text. */
export function compilePattern(pattern: string, lang: Lang): string {
  return bounded([patternBody(pattern, lang)]);
}

/** A pattern as a regex source without the word-boundary checks (see bounded). */
export function patternBody(pattern: string, lang: Lang): string {
  return parse(pattern.trim(), lang).map(seqRe).join('|');
}

/** Several pattern bodies as one regex source, with the word-boundary checks written once. */
export function bounded(bodies: string[]): string {
  return `(?<!${L})(?:${bodies.join('|')})(?!${L})`;
}

// ---- Gated matching ------------------------------------------------------------------------
// Most sentences match no family, and the big families (blame, defensive tone: 20-60 KB of regex,
// which V8 only interprets) cost the most to run for nothing. So a family is cut into its top-level
// sequences (units), each its own small regex compiled on first use, and every unit lists the
// literal sets it requires (each non-optional word or group: one of its literals is in any match).
// A text is indexed once (literal-index.ts); a unit runs only when each of its sets is hit. A plain
// word (letters only) always stands between separators in a match, so it is looked up among the
// text's words; other literals (word*, *ending, contractions, "l'", "co-worker") as substrings. A
// unit with no required literal always runs.
//
// The units' matches are merged as the one alternation of the whole family would find them: the
// leftmost match first, at a tie the unit written first, the search going on after each match.
// Same findings, checked against that alternation (referenceMatches) by test/extra/phrase-gate.test.ts.

/** Marks a literal that is a whole word of the text (see above), not just a substring. */
const WHOLE = '\u0001';
const LETTERS_ONLY = new RegExp(`^${L}+$`);

/** Literals one of which every match of the sequence contains, or null when none can be told. */
function seqLits(nodes: Node[]): string[] | null {
  let best: string[] | null = null;
  let bestScore = -Infinity;
  for (const n of nodes) {
    if (n.k === 'gap' || n.opt) continue;
    const lits = nodeLits(n);
    if (!lits || !lits.length || lits.some((l) => l.length === 0 || l === WHOLE)) continue;
    const score = litScore(lits);
    if (score > bestScore) { best = lits; bestScore = score; }
  }
  return best;
}

/** How well a set filters: long literals, a lone literal ("zq") best of all. */
function litScore(lits: string[]): number {
  const minLen = Math.min(...lits.map((l) => l.replace(WHOLE, '').length));
  return (minLen + (lits.length === 1 ? 3 : 0)) * 1000 - lits.length;
}

function nodeLits(n: Exclude<Node, { k: 'gap' }>): string[] | null {
  if (n.k === 'word') return n.lits;
  const hit = GROUP_LITS.get(n.seqs);
  if (hit !== undefined) return hit;
  let out: string[] | null = [];
  for (const q of n.seqs) {
    const l = seqLits(q);
    if (!l) { out = null; break; }
    out.push(...l);
  }
  GROUP_LITS.set(n.seqs, out);
  return out;
}
const GROUP_LITS = new WeakMap<Node[][], string[] | null>();

/**
 * A glued group ("('s|')") whose branches do not all start with a glued word could join a plain
 * word to its neighbour without a separator: then no literal of the family counts as a whole word.
 */
function oddGlue(nodes: Node[]): boolean {
  return nodes.some((n) => n.k === 'alt' && ((glued(n) && n.seqs.some((q) => q[0]!.k !== 'word' || q[0]!.opt)) || n.seqs.some(oddGlue)));
}

/** Every required literal set of a sequence (non-optional words and groups with literals). */
function requiredSets(nodes: Node[]): string[][] {
  const out: string[][] = [];
  for (const n of nodes) {
    if (n.k === 'gap' || n.opt) continue;
    const lits = nodeLits(n);
    if (lits && lits.length && !lits.some((l) => l.length === 0 || l === WHOLE)) out.push([...new Set(lits)]);
  }
  return out;
}

/**
 * A sequence that is one group and nothing else ("(a b|c d)") stands for its branches, in order:
 * (?:(?:A|B)) and (?:A|B) find the same matches, and each branch gets its own literals.
 */
function units(seq: Node[]): Node[][] {
  const only = seq.length === 1 ? seq[0]! : undefined;
  if (only?.k === 'alt' && !only.opt && only.seqs.every((q) => q.length > 0)) return only.seqs.flatMap(units);
  return [seq];
}

interface LiteralSet { ids: number[]; has: Set<number>; }
interface Unit { source: string; re?: RegExp; sets: LiteralSet[]; }
interface Gated {
  units: Unit[];
  /** Units that require no literal: candidates for every text. */
  always: number[];
  /** Per unit, the text indexing that last made it a candidate (no set per text). */
  stamp: Float64Array;
  /** The family's whole alternation, built only for the reference path. */
  reference?: RegExp;
}

function gate(trees: Node[][][]): Gated {
  const whole = !trees.some((t) => t.some(oddGlue));
  const out: Gated = { units: [], always: [], stamp: new Float64Array(0) };
  for (const t of trees) {
    for (const seq of t.flatMap(units)) {
      const u = out.units.length;
      const sets = requiredSets(seq).map((set) => {
        const ids = [...new Set(set.map((l) => (l.startsWith(WHOLE) && whole ? wordLiteral(l.slice(1)) : substringLiteral(l.replace(WHOLE, '')))))];
        return { ids, has: new Set(ids), score: litScore(set) };
      });
      out.units.push({ source: bounded([seqRe(seq)]), sets });
      if (!sets.length) { out.always.push(u); continue; }
      const key = sets.reduce((a, b) => (b.score > a.score ? b : a));
      for (const id of key.ids) {
        let list = KEYED.get(id);
        if (!list) KEYED.set(id, (list = []));
        list.push(out, u);
      }
    }
  }
  out.stamp = new Float64Array(out.units.length);
  keyVersion++;
  return out;
}

/** A literal -> the units it keys, over every family: pairs of (family, unit) in one flat list. */
const KEYED = new Map<number, Array<Gated | number>>();
let keyVersion = 0;
let indexing = 0;

/**
 * For one text, every family's units that may match it (each of their literal sets hit), found in
 * one pass over the text's literals and kept with its index: every family asked about the text
 * reads its own list, in the family's order. Units that need no literal are not listed (see candidates).
 */
function unitsFor(norm: string): Map<Gated, number[]> {
  const ix = indexOf(norm);
  if (ix.derivedVersion === keyVersion) return ix.derived as Map<Gated, number[]>;
  const out = new Map<Gated, number[]>();
  const hits = ix.ids;
  const stamp = ++indexing;
  for (const id of hits) {
    const keyed = KEYED.get(id);
    if (!keyed) continue;
    for (let i = 0; i < keyed.length; i += 2) {
      const g = keyed[i] as Gated;
      const u = keyed[i + 1] as number;
      if (g.stamp[u] === stamp) continue;
      g.stamp[u] = stamp;
      if (!g.units[u]!.sets.every((s) => hitsSet(s, hits))) continue;
      const list = out.get(g);
      if (list) list.push(u); else out.set(g, [u]);
    }
  }
  for (const list of out.values()) if (list.length > 1) list.sort((a, b) => a - b);
  ix.derived = out;
  ix.derivedVersion = keyVersion;
  return out;
}

const compiled = new WeakMap<PhraseFamily, Partial<Record<Lang, { gated: Gated; trees: Node[][][] } | null>>>();

function familyCompiled(family: PhraseFamily, lang: Lang): { gated: Gated; trees: Node[][][] } | null {
  let byLang = compiled.get(family);
  if (!byLang) { byLang = {}; compiled.set(family, byLang); }
  if (byLang[lang] === undefined) {
    const pats = family.patterns[lang] ?? [];
    const trees = pats.map((p) => parse(p.trim(), lang));
    byLang[lang] = pats.length ? { gated: gate(trees), trees } : null;
  }
  return byLang[lang]!;
}

const NONE: readonly number[] = [];

/**
 * False when no pattern of `family` can match `norm` (folded) in `lang`: no unit of it has its
 * literals in the text. A caller that runs its own regex of the same patterns skips it then.
 */
export function familyMayMatch(family: PhraseFamily, norm: string, lang: Lang): boolean {
  const c = familyCompiled(family, lang);
  if (!c) return false;
  const may = c.gated.always.length > 0 || unitsFor(norm).has(c.gated);
  // Under audit (tests) a text the alternation matches must never be ruled out.
  if (audit) audited(family, lang, norm, String(may || referenceMatches(family, norm, lang).length === 0), 'true');
  return may;
}

/** The units of `g` that may match `norm`, in the family's order. */
function candidates(g: Gated, norm: string): readonly number[] {
  const keyed = unitsFor(norm).get(g) ?? NONE;
  if (!g.always.length) return keyed;
  // `always` is in unit order already: no copy when the text keys no other unit.
  if (!keyed.length) return g.always;
  return [...g.always, ...keyed].sort((a, b) => a - b);
}

function hitsSet(s: LiteralSet, hits: ReadonlySet<number>): boolean {
  if (s.ids.length <= hits.size) { for (const id of s.ids) if (hits.has(id)) return true; return false; }
  for (const id of hits) if (s.has.has(id)) return true;
  return false;
}

function unitRe(u: Unit): RegExp {
  return (u.re ??= new RegExp(u.source, 'g'));
}

/** Calls `emit` with each match of the family's units in `norm`, as their one alternation finds them. */
function eachMatch(g: Gated, cands: readonly number[], norm: string, emit: (start: number, end: number) => void): void {
  if (cands.length === 1) {
    const re = unitRe(g.units[cands[0]!]!);
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      emit(m.index, m.index + m[0].length);
    }
    return;
  }
  const res = cands.map((u) => unitRe(g.units[u]!));
  const starts: number[] = new Array<number>(cands.length);
  const ends: number[] = new Array<number>(cands.length);
  const find = (j: number, from: number): void => {
    const re = res[j]!;
    re.lastIndex = from;
    const m = from <= norm.length ? re.exec(norm) : null;
    starts[j] = m ? m.index : Infinity;
    ends[j] = m ? m.index + m[0].length : Infinity;
  };
  for (let j = 0; j < cands.length; j++) find(j, 0);
  for (;;) {
    let best = -1;
    for (let j = 0; j < cands.length; j++) if (starts[j]! < (best < 0 ? Infinity : starts[best]!)) best = j;
    if (best < 0) return;
    const s = starts[best]!;
    const e = ends[best]!;
    // An empty match moves the search one character on, as a 'g' loop does.
    const pos = e === s ? s + 1 : e;
    if (e !== s) emit(s, e);
    for (let j = 0; j < cands.length; j++) if (starts[j]! < pos) find(j, pos);
  }
}

/** The spans the family's one alternation finds in `norm` (the slow path the gated one must equal). */
export function referenceMatches(family: PhraseFamily, norm: string, lang: Lang): Array<[number, number]> {
  const c = familyCompiled(family, lang);
  if (!c) return [];
  const re = (c.gated.reference ??= new RegExp(bounded(c.trees.map((t) => t.map(seqRe).join('|'))), 'g'));
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** What an audit saw (startGateAudit): the mismatches, and every family and folded text asked about. */
export interface GateAudit { mismatches: string[]; families: Map<PhraseFamily, Set<Lang>>; texts: Set<string>; }
let audit: GateAudit | undefined;

/** From now on every match is also run the slow way and compared (tests only); undefined stops it. */
export function startGateAudit(on = true): GateAudit | undefined {
  audit = on ? { mismatches: [], families: new Map(), texts: new Set() } : undefined;
  return audit;
}

function audited(family: PhraseFamily, lang: Lang, norm: string, found: string, slow: string): void {
  if (!audit) return;
  let langs = audit.families.get(family);
  if (!langs) audit.families.set(family, (langs = new Set()));
  langs.add(lang);
  audit.texts.add(norm);
  if (found !== slow) audit.mismatches.push(`${family.id} (${lang}) on ${JSON.stringify(norm)}: gated ${found}, alternation ${slow}`);
}

/** The gated answer of matchFamily for one language, as spans (what the audit compares). */
export function gatedMatches(family: PhraseFamily, norm: string, lang: Lang): Array<[number, number]> {
  const c = familyCompiled(family, lang);
  const out: Array<[number, number]> = [];
  if (c) eachMatch(c.gated, candidates(c.gated, norm), norm, (a, b) => out.push([a, b]));
  return out;
}

/**
 * Every match of the family in `text`, for each language in `langs`, left to right, without overlaps
 * within a language. `offset` is added to spans (pass the sentence's start). `normalized` may be passed
 * when the caller already has normalizeText(text).
 */
export function matchFamily(family: PhraseFamily, text: string, langs: readonly Lang[], offset = 0, normalized?: string): PhraseMatch[] {
  // A caller with its own normalized form is a pack, memoised a level up (packs/index.ts).
  if (normalized !== undefined) return matchNow(family, text, langs, offset, normalized);
  // No memo kept (the CLI, one-shot lints): no question string to build, no copy to make.
  if (!memoActive()) return matchNow(family, text, langs, offset);
  const found = memoized(text, `family\u0000${familyKey(family)}\u0000${langs.join(',')}`, () => matchNow(family, text, langs, 0), spansSize);
  return found.map((m) => ({ ...m, span: { start: m.span.start + offset, end: m.span.end + offset } }));
}

// A number per family object: ids are names, and two families may share one.
const familyKeys = new WeakMap<PhraseFamily, number>();
let nextFamilyKey = 0;
function familyKey(family: PhraseFamily): number {
  let k = familyKeys.get(family);
  if (k === undefined) familyKeys.set(family, (k = nextFamilyKey++));
  return k;
}

function matchNow(family: PhraseFamily, text: string, langs: readonly Lang[], offset: number, normalized?: string): PhraseMatch[] {
  const norm = normalized ?? normalizeText(text);
  const out: PhraseMatch[] = [];
  for (const lang of langs) {
    const c = familyCompiled(family, lang);
    if (!c) continue;
    const cands = candidates(c.gated, norm);
    const from = out.length;
    if (cands.length) {
      eachMatch(c.gated, cands, norm, (start, end) => {
        out.push({ family: family.id, lang, text: text.slice(start, end), span: { start: offset + start, end: offset + end } });
      });
    }
    if (audit) audited(family, lang, norm, JSON.stringify(out.slice(from).map((m) => [m.span.start - offset, m.span.end - offset])), JSON.stringify(referenceMatches(family, norm, lang)));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** True when the family occurs in `text` in any of `langs`. */
export function hasPhrase(family: PhraseFamily, text: string, langs: readonly Lang[], normalized?: string): boolean {
  if (normalized !== undefined) return hasNow(family, langs, normalized);
  if (!memoActive()) return hasNow(family, langs, normalizeText(text));
  return memoized(text, `has-phrase\u0000${familyKey(family)}\u0000${langs.join(',')}`, () => hasNow(family, langs, normalizeText(text)), () => 8);
}

function hasNow(family: PhraseFamily, langs: readonly Lang[], norm: string): boolean {
  return langs.some((lang) => {
    const c = familyCompiled(family, lang);
    if (!c) return false;
    const found = candidates(c.gated, norm).some((u) => {
      const re = unitRe(c.gated.units[u]!);
      re.lastIndex = 0;
      return re.test(norm);
    });
    if (audit) {
      referenceMatches(family, norm, lang);
      const re = c.gated.reference!;
      re.lastIndex = 0;
      audited(family, lang, norm, String(found), String(re.test(norm)));
    }
    return found;
  });
}

// ---- Families shared with other rules ------------------------------------------------------

/** The author restates the client's problem in their own words (P8): used by acknowledge-first. */
export const ACKNOWLEDGEMENT: PhraseFamily = {
  id: 'acknowledgement',
  patterns: {
    en: [
      "(i|we) ~1 (understand*|hear|see|realise|realize|recognise|recognize|appreciate|get) (that|how|why|what|your|you)",
      "(i|we) (can|do) ~1 (understand|see|imagine) (that|how|why|what|your|you)",
      "if (i|we) (understand|understood|read) ~1 (you|this|that|correctly|right)",
      "(i'm|we're) ~1 (sorry|aware) (that|about|for|to hear)",
      "you're right (that|to|about)?",
      "you (told|wrote|said|mentioned|explained) (me|us)? (that)?",
      "(i|we) (hear|understand|get) you",
      "(if|as) (i|we) (understand|understood) (it|correctly)?",
      "(what|so) (i'm|we're) hearing (is)?",
      "(i|we) ~1 (understand*|see) (your|the) (frustration|concern|disappointment|point|problem|issue)",
      "(thank you|thanks) for (telling|letting) (me|us)",
      "(my|our) understanding is",
      "(i|we) apologi* for",
      "you (feel|felt|find|found|think|thought) (that)? (the|your|our|my|it|this|they)",
    ],
    fr: [
      "(je|nous) ~1 (comprends|comprenons|comprend|entends|entendons|vois|voyons|mesure|mesurons|constate|constatons|realise|realisons) (que|qu'|bien|votre|ta|ton|vos|tes|combien|pourquoi|ce|le|la|les|l')",
      "si (je|nous) (vous|te)? (comprends|comprenons|ai|avons) (bien|compris)",
      "si j' ai bien compris",
      "(vous|tu) (me|nous) (dites|dis|ecrivez|ecris|expliquez|expliques|indiquez|indiques|signalez|signales) (que|qu')",
      "(vous|tu) (m'|nous) (avez|as) (dit|ecrit|explique|indique|signale|fait part)",
      "(je|nous) (suis|sommes) ~1 (desole|desolee|desoles|desolees|navre|navree|navres|navrees) (que|qu'|de|d'|pour)",
      "vous avez raison",
      "tu as raison",
      "(je|nous) (vous|t') (entends|entendons|comprends|comprenons)",
      "(merci|je vous remercie|nous vous remercions) de (nous|m') (avoir|l'avoir) (signale|prevenu*|ecrit|fait part)",
      "(je|nous) (vous)? (presente|presentons) (nos|mes|toutes nos|toutes mes) excuses",
      "(ce que|si) (je|j') (retiens|comprends)",
      // Restating how the client sees it: « Tu trouves que les photos… », « Vous avez l'impression que… ».
      "(tu|vous) (trouves|trouvez|estimes|estimez|trouvais|trouviez|as l'impression|avez l'impression|regrettes|regrettez) (que|qu')",
    ],
  },
};
