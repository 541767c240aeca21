// Cheap language detection for English and French: stopword and spelling-cue scoring, robust on
// a few words, no dependency. Good enough to pick phrase lists; the front matter `lang:` wins anyway.
import type { Lang } from '../../ports.js';
import { normalizeText } from './normalize.js';

// Frequent words that are (almost) never words of the other language. Ambiguous ones
// (a, on, en, est? no: "est" is rare in English prose) are left out or weighted low.
const EN = new Set(('the and is are was were be been you your yours we our ours i me my to of for with this that '
  + 'these those will would should could have has had it its not do does did dont didnt cant wont from by at '
  + 'as or but if what when which who how about into there their they them he she his her him been being '
  + 'can just also than then so because please thanks thank hi hello week today tomorrow next sent send '
  + 'update project delivery invoice meeting call any all some more most very here after before until '
  + 'yesterday morning afternoon evening monday tuesday wednesday thursday friday saturday sunday an '
  + 'sorry understand agreed done fixed working work new page were ive im youre its weve should could would might must '
  + 'soon later still yet again already only even ever never always every each other another such own same like well back up '
  + 'out over down off through between while where why whom whose been get got let make made take took need needs want '
  + 'know think see look said told asked ready yes no let us').split(' '));
const FR = new Set(('le la les des du de et est sont etait vous votre vos nous notre nos je j me mon ma mes tu te '
  + 'ton ta tes il elle ils elles ce cet cette ces que qui quoi dont ou mais donc car pour avec sans sur dans '
  + 'par au aux un une pas ne plus tres bien aussi comme si quand lorsque cela ceci ca y leur leurs sera '
  + 'serait avons avez ont ai as suis sommes etes fait faire merci bonjour bonsoir semaine aujourd hui demain '
  + 'prochain prochaine prochains projet livraison facture reunion appel tout tous toute toutes encore deja '
  + 'hier matin apres avant jusqu lundi mardi mercredi jeudi vendredi samedi dimanche desole comprends '
  + 'd l qu n s c m t entre chez vers selon etre avoir travail nouvelle nouveau peu sous devrait devrais pourrait faut fallait '
  + 'va vais vont allons allez ete pouvoir faire voici voila ici la tard tot bientot vite toujours jamais rien chose quelque '
  + 'depuis pendant contre alors aussi puis moins autre autres meme ceux celle celui dit fois oui non tantot courriel '
  + 'pourriez pouvez voulez souhaitez recevrez aurez serez ferons corrige livre envoye').split(' '));
/** EN and FR as one trie over a-z: next[node * 26 + letter] (-1: no such word), flags 1 = EN, 2 = FR. */
const TRIE = ((): { next: Int32Array; flags: Uint8Array } => {
  const words = [...new Set([...EN, ...FR])].filter((w) => /^[a-z]+$/.test(w));
  const size = 1 + words.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(size * 26).fill(-1);
  const flags = new Uint8Array(size);
  let nodes = 1;
  for (const w of words) {
    let at = 0;
    for (let i = 0; i < w.length; i++) {
      const k = at * 26 + w.charCodeAt(i) - 97;
      if (next[k] === -1) next[k] = nodes++;
      at = next[k]!;
    }
    flags[at] = (EN.has(w) ? 1 : 0) | (FR.has(w) ? 2 : 0);
  }
  return { next, flags };
})();
const FR_ELISION = /(?:^|[^\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'\p{L}/gu;
const EN_CONTRACTION = /\p{L}(?:n't|'re|'ve|'ll|'m)(?!\p{L})/gu;
/** French accented letters, either case (what /[éèêàçùûôîœëï]/giu matches), counted without a match array. */
const ACCENT_CODES = new Set([...'éèêàçùûôîœëïÉÈÊÀÇÙÛÔÎŒËÏ'].map((ch) => ch.charCodeAt(0)));
function accents(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c > 127 && ACCENT_CODES.has(c)) n++; }
  return n;
}
const LETTER = /\p{L}/u;

export interface LangScores { en: number; fr: number; }

/** Raw evidence for each language in `text`. Runs on every sentence of every note: one pass, no split. */
export function scoreLanguage(text: string): LangScores {
  const norm = normalizeText(text);
  let en = 0;
  let fr = 0;
  let start = -1;
  // A word of a-z only is looked up in the trie as it is read (no string cut out, most of a note's
  // words); any other word (apostrophe, digit, letter outside a-z) is cut out and looked up as before.
  let node = 0;
  let plain = true;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || c === 39 || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(norm[i]!));
    if (letter) {
      if (start < 0) { start = i; node = 0; plain = true; }
      if (plain && c >= 97 && c <= 122) { if (node >= 0) node = TRIE.next[node * 26 + c - 97]!; }
      else plain = false;
      continue;
    }
    if (start < 0) continue;
    const from = start;
    start = -1;
    if (plain) {
      if (node > 0) { const f = TRIE.flags[node]!; if (f & 1) en++; if (f & 2) fr++; }
      continue;
    }
    const w = norm.slice(from, i);
    const apos = w.indexOf("'");
    if (apos < 0) {
      if (EN.has(w)) en++;
      if (FR.has(w)) fr++;
    } else if (w.length > 1 || apos !== 0) {
      const word = w.replace(/'/g, '');
      if (EN.has(word)) en++;
      if (FR.has(word) || FR.has(w.slice(0, apos))) fr++;
    }
  }
  // The cue regexes only matter when the text holds an accent or an apostrophe.
  if (/[^\x00-\x7f]/.test(text)) fr += accents(text) * 0.5;
  if (/['\u2019]/.test(text)) {
    fr += (text.match(FR_ELISION)?.length ?? 0) * 1;
    en += (text.match(EN_CONTRACTION)?.length ?? 0) * 1;
  }
  return { en, fr };
}

/** The language of a short piece of text, or `fallback` when the evidence is too thin. */
export function sentenceLanguage(text: string, fallback: Lang): Lang {
  const s = scoreLanguage(text);
  if (s.en === s.fr) return fallback;
  if (Math.abs(s.en - s.fr) < 1) return fallback;
  return s.en > s.fr ? 'en' : 'fr';
}

/**
 * The note's language, and whether it mixes both: chunks (lines and sentences) are classified one by
 * one; the note is mixed when the minority language holds a real share of the classified words
 * (not one borrowed phrase).
 */
export function detectLanguage(text: string): { lang: Lang; mixed: boolean } {
  const weight: LangScores = { en: 0, fr: 0 };
  const chunks: LangScores = { en: 0, fr: 0 };
  const total: LangScores = { en: 0, fr: 0 };
  for (const chunk of text.split(/(?<=[.!?])\s+|\n+/)) {
    const s = scoreLanguage(chunk);
    total.en += s.en;
    total.fr += s.fr;
    if (s.en + s.fr < 2) continue;
    const words = chunk.split(/\s+/).length;
    if (s.en >= 2 * s.fr + 1) { weight.en += words; chunks.en++; }
    else if (s.fr >= 2 * s.en + 1) { weight.fr += words; chunks.fr++; }
  }
  const lang: Lang = weight.en === weight.fr ? (total.fr > total.en ? 'fr' : 'en') : weight.en > weight.fr ? 'en' : 'fr';
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const share = weight[other] / Math.max(1, weight.en + weight.fr);
  const mixed = chunks[other] >= 2 && share >= 0.15 || chunks[other] >= 1 && share >= 0.3;
  return { lang, mixed };
}
