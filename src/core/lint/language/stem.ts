// Word stems per language (Snowball, the reference stemmers for English and French) and the text
// folding every matcher uses, so packs can list one form and match its inflections.
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Lang } from '../../ports.js';

const ALGORITHM: Record<Lang, string> = { en: 'english', fr: 'french' };
const stemmers = new Map<Lang, Stemmer>();
const caches = new Map<Lang, Map<string, string>>();
const CACHE_LIMIT = 20000;

/**
 * Lower case, no accents, one apostrophe ('), for comparing words whatever the keyboard:
 * ’ ‘ ʼ ′ become ', non-breaking and thin spaces become ' ', and « Désolé » folds to « desole ».
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .normalize('NFC');
}

/**
 * The stem of one word in `lang` ("delayed" → "delay", « plantés » → « plant »), folded so accents
 * and case never matter. Cached: a note repeats its words, and packs are stemmed once at load.
 */
export function stem(word: string, lang: Lang): string {
  let cache = caches.get(lang);
  if (!cache) { cache = new Map(); caches.set(lang, cache); }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let stemmer = stemmers.get(lang);
  if (!stemmer) { stemmer = newStemmer(ALGORITHM[lang]); stemmers.set(lang, stemmer); }
  // Snowball's French rules read accents (é, è), so stem first, then fold.
  const lower = word.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  const raw = stemmer.stem(lower);
  // Snowball French leaves the present plural of -er verbs whole (« ils oublient », « débranchent »):
  // it gets the stem of its singular, so « oublié » and « oublient » meet. Short words (« client ») stay.
  const out = foldText(lang === 'fr' && raw === lower && lower.length >= 7 && lower.endsWith('ent') ? stemmer.stem(lower.slice(0, -2)) : raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
