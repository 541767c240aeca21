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
function foldWord(w: string): string {
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
  return [stem(folded, 'en'), stem(folded, 'fr')];
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

/**
 * A regular expression that finds a word starting with `folded` in unfolded text (raw JSON
 * included): not preceded by a letter or digit, unless by a JSON escape such as \n.
 */
export function unfoldedPattern(folded: string): RegExp {
  let src = String.raw`(?:(?<![\p{L}\p{M}\p{N}])|(?<=\\[nrtbf]))`;
  for (let i = 0; i < folded.length; i++) {
    const pair = folded.slice(i, i + 2);
    const cls = (c: string) => `[${c}${c.toUpperCase()}${(VARIANTS.get(c) ?? []).join('')}]\\p{M}*`;
    if (LIGATURES[pair]) {
      src += `(?:${cls(pair[0]!)}${cls(pair[1]!)}|[${LIGATURES[pair]}])`;
      i++;
    } else src += /[a-z]/.test(folded[i]!) ? cls(folded[i]!) : folded[i]!.replace(/[^\p{L}\p{N}]/gu, '');
  }
  return new RegExp(src, 'u');
}
