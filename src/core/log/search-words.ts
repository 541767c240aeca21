// Words as search sees them: folded (case, accents, ligatures, apostrophes), split on anything
// that is not a letter or a digit (so « l’application » and "l'application" both hold the word
// "application"), and grouped into word families by an English and a French stemmer. A record
// does not say its language, so every word belongs to both families.
import { foldText, stem } from './search-stem.js';
import EN_STOP from './stopwords/en.json';
import FR_STOP from './stopwords/fr.json';

export { foldText };

/** Words too common to search for, in either language (folded, as the data files hold them). */
const STOP = new Set<string>([...EN_STOP, ...FR_STOP]);
export const isStopWord = (folded: string) => STOP.has(folded);

export interface Token {
  /** Offsets in the original text, for highlighting. */
  start: number;
  end: number;
  /** The folded word. */
  key: string;
}

// Combining marks stay inside a word (text typed in decomposed form: « re\u0301vision »).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

// A log repeats the same words thousands of times: fold each distinct word once.
const folded = new Map<string, string>();
/** foldText for one word (letters, marks, digits), cached. */
export function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    f = ASCII.test(w) ? w.toLowerCase() : foldText(w);
    if (folded.size > 100_000) folded.clear();
    folded.set(w, f);
  }
  return f;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, key: foldWord(m[0]) });
  return out;
}

/** The folded words of a text, without offsets (what the index stores). */
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(foldWord(m[0]));
  return out;
}

/** The word's family keys: its English and its French stem. */
export function families(folded: string): [en: string, fr: string] {
  // Numbers have no inflections: no need to ask the stemmers.
  if (/^\d+$/.test(folded)) return [folded, folded];
  return [stem(folded, 'en'), stem(folded, 'fr')];
}

/** The shortest start shared by a term and its two family keys, less what stemmers rewrite at the end. */
export function familyStem(term: string): string {
  const [en, fr] = families(term);
  let p = term;
  for (const k of [en, fr]) {
    let i = 0;
    while (i < p.length && i < k.length && p[i] === k[i]) i++;
    p = p.slice(0, i);
  }
  const keep = Math.max(3, Math.min(en.length, fr.length) - 2);
  p = p.slice(0, keep);
  return p.length >= Math.min(3, term.length) ? p : term.slice(0, 3);
}

// Every Latin letter with a diacritic, by the plain letter it folds to: a prefilter over raw
// JSON lines (search-scan.ts) matches "revis" in "révisions" without folding the whole file.
const VARIANTS = (() => {
  const map = new Map<string, string[]>();
  for (let cp = 0xc0; cp <= 0x24f; cp++) {
    const ch = String.fromCodePoint(cp);
    const f = foldText(ch);
    if (/^[a-z]$/.test(f)) map.set(f, [...(map.get(f) ?? []), ch]);
  }
  return map;
})();
const LIGATURES: Record<string, string> = { oe: 'œŒ', ae: 'æÆ', ss: 'ß' };

// What may stand just before a word's first letter. Latin letters and digits only: anything
// else counts as a word start, which can only let more lines through, never fewer.
const NOT_AFTER = String.raw`(?<![A-Za-z0-9\u00c0-\u024f])`;

/** The letters of `folded` as a pattern over unfolded text: any case, accents, ligatures. */
function letters(folded: string): string {
  let src = '';
  for (let i = 0; i < folded.length; i++) {
    const pair = folded.slice(i, i + 2);
    const cls = (c: string) => `[${c}${c.toUpperCase()}${(VARIANTS.get(c) ?? []).join('')}]`;
    if (LIGATURES[pair]) {
      src += `(?:${cls(pair[0]!)}${cls(pair[1]!)}|[${LIGATURES[pair]}])`;
      i++;
    } else src += /[a-z]/.test(folded[i]!) ? cls(folded[i]!) : folded[i]!.replace(/[^\p{L}\p{N}]/gu, '');
  }
  return src;
}

/**
 * A regular expression that finds a word starting with `folded` in unfolded text, raw JSON
 * included: at a word start, or right after a JSON escape such as \n.
 */
export function unfoldedPattern(folded: string): RegExp {
  const l = letters(folded);
  return new RegExp(String.raw`${NOT_AFTER}${l}|\\[nrtbf]${l}`, 'u');
}
