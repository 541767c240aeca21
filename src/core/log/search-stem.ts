// Stemming for search, behind the signature the linter's language layer exports
// (src/core/lint/language/stem.ts: stem(word, lang), foldText(text)). This light stemmer strips
// inflections only (plurals, -ing/-ed, French -e/-es/-s/-x) until that module is on main; then
// this file re-exports it.
import type { Lang } from '../ports.js';

const LIGATURE: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, no accents, no ligatures, one apostrophe. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[œæß]/g, c => LIGATURE[c]!).replace(/[’‘ʼ`´]/g, "'");
}

function stemEn(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

function stemFr(w: string): string {
  if (w.length <= 3) return w;
  if (/[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export function stem(word: string, lang: Lang): string {
  const w = foldText(word);
  return lang === 'fr' ? stemFr(w) : stemEn(w);
}
