// The language of one sentence. The stopword scorer (language.ts) decides when its evidence is clear
// (99.4% of the labelled fixture sentences, no error); tinyld, a maintained n-gram detector restricted
// to English and French, settles the rest. A sentence neither can tell gets undefined and the caller
// uses the note's language (front matter `lang:`). Figures: bench/lang-detect.ts.
import { detect } from 'tinyld/light';
import type { Lang } from '../../ports.js';
import { scoreLanguage } from '../text/language.js';
import { memoized } from '../memo.js';

const ONLY = { only: ['en', 'fr'] };

/** 'en', 'fr', or undefined when the sentence is too short or too mixed to tell. */
export function detectSentenceLang(text: string): Lang | undefined {
  // Asked again for the same text by the sentence splitter and the date reader, and on every edit.
  const got = memoized(text, 'lang', () => detectNow(text) ?? '', () => 8);
  return got === '' ? undefined : got;
}

function detectNow(text: string): Lang | undefined {
  const s = scoreLanguage(text);
  if (Math.abs(s.en - s.fr) >= 1) return s.en > s.fr ? 'en' : 'fr';
  // n-grams need a few letters; "OK", "Merci !" stay with the note's language.
  if (text.replace(/[^\p{L}]/gu, '').length < 8) return undefined;
  const got = detect(text, ONLY);
  return got === 'en' || got === 'fr' ? got : undefined;
}
