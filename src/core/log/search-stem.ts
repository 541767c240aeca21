// Stemming for search: the linter's language layer (Snowball English and French, its text
// folding), plus the ligatures search also folds (« cœur » finds "coeur", « ex æquo » "ex aequo").
import { foldText as foldLint, stem as stemLint } from '../lint/language/stem.js';
import type { Lang } from '../ports.js';

const LIGATURE: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, no accents, no ligatures, one apostrophe. */
export function foldText(text: string): string {
  return foldLint(text).replace(/[œæß]/g, c => LIGATURE[c]!);
}

/** A word's stem in `lang`, folded the same way. */
export function stem(word: string, lang: Lang): string {
  return foldText(stemLint(word, lang));
}
