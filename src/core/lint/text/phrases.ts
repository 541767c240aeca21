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
import { memoized, spansSize } from '../memo.js';

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
export const L = '[a-z0-9\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';
const WORD = `(?:${L}+(?:'${L}+)*)`;
/** Between two words: spaces, a hyphen, a comma; nothing after an apostrophe. */
const SEP = "(?:(?<=')\\s*|\\s*,\\s*|[\\s\\-]+)";

type Node =
  | { k: 'word'; re: string; opt: boolean; glue?: boolean; lits: string[] }
  | { k: 'gap'; n: number }
  | { k: 'alt'; seqs: Node[][]; opt: boolean };

const CONTRACTIONS: Array<[RegExp, (stem: string) => string]> = [
  [/^(.+)n't$/, (s) => `${s === 'ca' ? 'can' : s === 'wo' ? 'will' : s === 'sha' ? 'shall' : esc(s)}(?:${SEP}not|not)|${esc(s)}n'?t`],
  [/^(.+)'ve$/, (s) => `${esc(s)}(?:'?ve|${SEP}have|${SEP}of)`],
  [/^(.+)'re$/, (s) => `${esc(s)}(?:'?re|${SEP}are)`],
  [/^(.+)'ll$/, (s) => `${esc(s)}(?:'?ll|${SEP}will)`],
  [/^(.+)'m$/, (s) => `${esc(s)}(?:'?m|${SEP}am)`],
  [/^(.+)'d$/, (s) => `${esc(s)}(?:'d|${SEP}would|${SEP}had)`],
  [/^(it|that|there|what|he|she|who|here)'s$/, (s) => `${esc(s)}(?:'?s|${SEP}is|${SEP}has)`],
];

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word's regex source, and literals one of which every match of it contains (for the pre-filter:
 * a sentence without any of them cannot match, so the family's regex is not run on it).
 */
function wordRe(raw: string, lang: Lang): { re: string; lits: string[] } {
  const w = normalizeText(raw);
  if (w.startsWith('*') && w.length > 1) return { re: `${L}+${esc(w.slice(1))}`, lits: [w.slice(1)] };
  const prefix = w.endsWith('*');
  const base = prefix ? w.slice(0, -1) : w;
  if (lang === 'en' && !prefix && !base.endsWith("'")) {
    for (const [re, build] of CONTRACTIONS) {
      const m = re.exec(base);
      if (m) {
        const s = m[1]!;
        // n't: "can not"/"can't", "will not"/"won't": either the full stem or the written one.
        const full = s === 'ca' ? 'can' : s === 'wo' ? 'will' : s === 'sha' ? 'shall' : s;
        return { re: `(?:${build(s)})`, lits: full === s ? [s] : [full, s] };
      }
    }
  }
  // A French elided word may lose its apostrophe to a space ("l ai") in a hurry: accept "'" or nothing.
  const body = esc(base).replace(/'$/, "'");
  return { re: prefix ? `${body}${L}*` : body, lits: [!prefix && LETTERS_ONLY.test(base) ? WHOLE + base : !prefix ? elidedLit(base) : base] };
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
        i++;
        const inner = alternatives();
        i++; // ')'
        node = { k: 'alt', seqs: inner, opt: src[i] === '?' };
        if (node.opt) i++;
      } else if (c === '~') {
        const m = /^~(\d+)/.exec(src.slice(i))!;
        i += m[0].length;
        node = { k: 'gap', n: Number(m[1]) };
      } else {
        const m = /^[^\s()|]+/.exec(src.slice(i))!;
        i += m[0].length;
        const opt = m[0].length > 1 && m[0].endsWith('?');
        const { re, lits } = wordRe(opt ? m[0].slice(0, -1) : m[0], lang);
        node = { k: 'word', re, lits, opt, glue: m[0].startsWith("'") };
      }
      seqs[seqs.length - 1]!.push(node);
    }
  };
  return alternatives();
}

function bodyOf(n: Exclude<Node, { k: 'gap' }>): string {
  return n.k === 'word' ? n.re : `(?:${n.seqs.map(seqRe).join('|')})`;
}

/** An element after the first: it carries the separator before it, inside its optional group. */
function lead(n: Node): string {
  if (n.k === 'gap') return `(?:${SEP}${WORD}){0,${n.n}}`;
  const sep = glued(n) ? '' : SEP;
  return n.opt ? `(?:${sep}${bodyOf(n)})?` : `${sep}${bodyOf(n)}`;
}

/** A word written with a leading apostrophe ('s) attaches to the word before it. */
function glued(n: Node): boolean {
  if (n.k === 'word') return n.glue === true;
  return n.k === 'alt' && n.seqs.every((q) => q[0] !== undefined && glued(q[0]));
}

function seqRe(nodes: Node[]): string {
  const [first, ...tail] = nodes;
  if (!first) return '';
  if (first.k === 'gap') return seqRe(tail);
  const rest = tail.map(lead).join('');
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

// ---- Pre-filter ---------------------------------------------------------------------------
// Most sentences match no family, and the big families (blame, defensive tone: 20-30 KB of regex)
// cost the most to run for nothing. So every top-level sequence of a pattern lists the literal sets
// it requires (each non-optional word or group: one of its literals is in any match), and a
// sentence where every sequence misses one of its sets is skipped without running the regex. A
// plain word (letters only) always stands between separators in a match, so it is looked up among
// the sentence's words; other literals (word*, *ending, contractions, "l'", "co-worker") as
// substrings. Conservative: a sequence with no required literal turns the filter off for the family.
// Checked against the regexes on the whole unit suite (no sentence skipped that would match).

/** Marks a literal that is a whole word of the text (see above), not just a substring. */
const WHOLE = '\u0001';
const LETTERS_ONLY = new RegExp(`^${L}+$`);
const NON_LETTERS = new RegExp(`(?:(?!${L})[^])+`);

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
  const out: string[] = [];
  for (const q of n.seqs) {
    const l = seqLits(q);
    if (!l) return null;
    out.push(...l);
  }
  return out;
}

/**
 * A glued group ("('s|')") whose branches do not all start with a glued word could join a plain
 * word to its neighbour without a separator: then no literal of the family counts as a whole word.
 */
function oddGlue(nodes: Node[]): boolean {
  return nodes.some((n) => n.k === 'alt' && ((glued(n) && n.seqs.some((q) => q[0]!.k !== 'word' || q[0]!.opt)) || n.seqs.some(oddGlue)));
}

/**
 * Literal sets (ids), each as whole words and substrings; per top-level sequence the sets it
 * requires (all of them must be hit). `byWord` maps a whole word to the sets it hits.
 */
interface Filter { byWord: Map<string, number[]>; subs: Array<[string, number[]]>; seqs: number[][]; size: number; }
interface Compiled { re: RegExp; filter: Filter | null; }

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

function buildFilter(trees: Node[][][], wholeOnly = false): Filter | null {
  const whole = !trees.some((t) => t.some(oddGlue));
  const ids = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  const subs = new Map<string, number[]>();
  const seqs: number[][] = [];
  for (const t of trees) {
    for (const seq of t) {
      const all = requiredSets(seq);
      if (!all.length) return null;
      const words = wholeOnly && whole ? all.filter((set) => set.every((l) => l.startsWith(WHOLE))) : [];
      const sets = words.length ? words : all;
      seqs.push(sets.map((set) => {
        const key = set.join('\n');
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
          for (const l of set) {
            if (l.startsWith(WHOLE) && whole) {
              const w = l.slice(1);
              const list = byWord.get(w) ?? [];
              if (!list.includes(id)) list.push(id);
              byWord.set(w, list);
            } else {
              const sub = l.replace(WHOLE, '');
              const list = subs.get(sub) ?? [];
              if (!list.includes(id)) list.push(id);
              subs.set(sub, list);
            }
          }
        }
        return id;
      }));
    }
  }
  // Many substrings to look for (each looked for once) cost about what the regex does. Then a
  // sequence that requires a whole word skips its substring sets ("can't" gives "ca"): requiring
  // fewer sets only lets more sentences through, so the filter stays safe, and stays on.
  if (subs.size > 60) return wholeOnly ? null : buildFilter(trees, true);
  return { byWord, subs: [...subs], seqs, size: ids.size };
}

/** Regex source length past which a family gets the pre-filter. */
const FILTER_MIN_SOURCE = 15_000;

const compiled = new WeakMap<PhraseFamily, Partial<Record<Lang, Compiled | null>>>();

function familyCompiled(family: PhraseFamily, lang: Lang): Compiled | null {
  let byLang = compiled.get(family);
  if (!byLang) { byLang = {}; compiled.set(family, byLang); }
  if (byLang[lang] === undefined) {
    const pats = family.patterns[lang] ?? [];
    if (!pats.length) byLang[lang] = null;
    else {
      const trees = pats.map((p) => parse(p.trim(), lang));
      const re = new RegExp(bounded(trees.map((t) => t.map(seqRe).join('|'))), 'g');
      // Small regexes fail fast on their own: the filter only pays on the big families (measured).
      byLang[lang] = { re, filter: re.source.length > FILTER_MIN_SOURCE ? buildFilter(trees) : null };
    }
  }
  return byLang[lang]!;
}

// The words of the last text checked: rules ask several families about one sentence in a row.
let lastNorm: string | undefined;
let lastWords: string[] = [];
let hit = new Uint8Array(256);

/** False when `norm` cannot hold a match: every sequence misses all the literals of a set it requires. */
function mayMatch(c: Compiled, norm: string): boolean {
  const f = c.filter;
  if (!f) return true;
  if (hit.length < f.size) hit = new Uint8Array(f.size * 2);
  hit.fill(0, 0, f.size);
  for (let i = 0; i < f.subs.length; i++) {
    const [l, ids] = f.subs[i]!;
    if (norm.includes(l)) for (let j = 0; j < ids.length; j++) hit[ids[j]!] = 1;
  }
  if (norm !== lastNorm) { lastNorm = norm; lastWords = norm.split(NON_LETTERS); }
  for (let i = 0; i < lastWords.length; i++) {
    const ids = f.byWord.get(lastWords[i]!);
    if (ids) for (let j = 0; j < ids.length; j++) hit[ids[j]!] = 1;
  }
  outer: for (const seq of f.seqs) {
    for (let j = 0; j < seq.length; j++) if (!hit[seq[j]!]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every match of the family in `text`, for each language in `langs`, left to right, without overlaps
 * within a language. `offset` is added to spans (pass the sentence's start). `normalized` may be passed
 * when the caller already has normalizeText(text).
 */
export function matchFamily(family: PhraseFamily, text: string, langs: readonly Lang[], offset = 0, normalized?: string): PhraseMatch[] {
  // A caller with its own normalized form is a pack, memoised a level up (packs/index.ts).
  if (normalized !== undefined) return matchNow(family, text, langs, offset, normalized);
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
    if (!c || !mayMatch(c, norm)) continue;
    const re = c.re;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      out.push({ family: family.id, lang, text: text.slice(m.index, m.index + m[0].length),
        span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** True when the family occurs in `text` in any of `langs`. */
export function hasPhrase(family: PhraseFamily, text: string, langs: readonly Lang[], normalized?: string): boolean {
  if (normalized !== undefined) return hasNow(family, langs, normalized);
  return memoized(text, `has-phrase\u0000${familyKey(family)}\u0000${langs.join(',')}`, () => hasNow(family, langs, normalizeText(text)), () => 8);
}

function hasNow(family: PhraseFamily, langs: readonly Lang[], norm: string): boolean {
  return langs.some((lang) => {
    const c = familyCompiled(family, lang);
    if (!c || !mayMatch(c, norm)) return false;
    c.re.lastIndex = 0;
    return c.re.test(norm);
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
