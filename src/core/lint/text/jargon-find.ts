// The packs' jargon terms, compiled per language and options for unexplained-jargon: single-word
// forms in a map (a lookup per token), the others in one regex gated by its literals.
import type { Lang } from '../../ports.js';
import { L, bounded, compilePattern, familyMayMatch, normalizeText, patternBody, type PhraseFamily } from './phrases.js';
import { JARGON_TERMS, type JargonTerm } from './jargon-terms.js';

export interface Compiled {
  terms: JargonTerm[]; words: Map<string, number>; re: RegExp | null; groups: number[];
  /** The forms of `re` as a phrase family: its literal gate tells which sentences `re` cannot match. */
  gate: PhraseFamily; lang: Lang;
}
const cache = new Map<string, Compiled>();
const SIMPLE = /^[\p{L}\p{N}][\p{L}\p{N}/-]*$/u;
// Tokens of normalized text (lower case, no accents), so a compact class is enough and fast.
const TOKEN = new RegExp(`${L}(?:${L}|[/-])*`, 'g');

/**
 * Per language and term list: single-word forms go in a map (a lookup per token), the others
 * (stems, several words) in one regex with a capture group per term. Keeps the regex small.
 */
export function compile(lang: Lang, extra: string[], ignore: string[]): Compiled {
  const key = `${lang}\u0000${extra.join('\u0001')}\u0000${ignore.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const skip = new Set(ignore.map((w) => normalizeText(w)));
  const terms = [...JARGON_TERMS, ...extra.map((w) => ({ id: w, en: [w], fr: [w] }))]
    .filter((term) => !skip.has(normalizeText(term.id)));
  const words = new Map<string, number>();
  const parts: string[] = [];
  const groups: number[] = [];
  terms.forEach((term, i) => {
    const complex: string[] = [];
    for (const form of term[lang]) {
      const f = normalizeText(form);
      if (SIMPLE.test(f)) { if (!words.has(f)) words.set(f, i); } else complex.push(patternBody(form, lang));
    }
    if (complex.length) { parts.push(`(${complex.join('|')})`); groups.push(i); }
  });
  const forms = terms.flatMap((term) => term[lang].filter((form) => !SIMPLE.test(normalizeText(form))));
  const out = { terms, words, re: parts.length ? new RegExp(bounded(parts), 'g') : null, groups,
    gate: { id: `unexplained-jargon/${key}`, patterns: { [lang]: forms } }, lang };
  if (cache.size > 50) cache.clear();
  cache.set(key, out);
  return out;
}

const termRegexes = new Map<string, RegExp>();
/** One term's forms as a regex (cached: built once per term and language). */
export function termRegex(term: JargonTerm, lang: Lang): RegExp {
  const key = `${lang}\u0000${term.id}\u0000${term[lang].join('\u0001')}`;
  let re = termRegexes.get(key);
  if (!re) {
    re = new RegExp(term[lang].map((p) => compilePattern(p, lang)).join('|'));
    if (termRegexes.size > 500) termRegexes.clear();
    termRegexes.set(key, re);
  }
  return re;
}

export interface TermHit { term: number; start: number; end: number; }

/** Every term mention in a normalized sentence, left to right. */
export function findTerms(c: Compiled, norm: string): TermHit[] {
  const out: TermHit[] = [];
  // An exec loop on the shared regex: matchAll would clone it for every sentence.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m; m = TOKEN.exec(norm)) {
    const whole = c.words.get(m[0]);
    if (whole !== undefined) { out.push({ term: whole, start: m.index, end: m.index + m[0].length }); continue; }
    if (!/[/-]/.test(m[0])) continue;
    let at = m.index;
    for (const piece of m[0].split(/([/-])/)) {
      const t = c.words.get(piece);
      if (t !== undefined && piece.length > 1) out.push({ term: t, start: at, end: at + piece.length });
      at += piece.length;
    }
  }
  // Most sentences hold none of the literals the multi-word forms need: the regex is not run on them.
  if (c.re && familyMayMatch(c.gate, norm, c.lang)) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(norm); m; m = c.re.exec(norm)) {
      const gi = m.findIndex((g, i) => i > 0 && g !== undefined);
      // « le cache » is matched with its article (to tell it from the verb); point at the noun.
      const lead = /^(?:(?:vider|vide|videz) )?(?:le|du|au|en|un|votre|notre|son|leur|ce) /.exec(m[0])?.[0].length ?? 0;
      if (gi > 0) out.push({ term: c.groups[gi - 1]!, start: m.index + lead, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
