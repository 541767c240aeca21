// Technical terms outside the packs' lists, found by their shape (unexplained-jargon): a word in
// capitals that is not a known name (LCP, TTFB, GTIN, APNs, 3DS2), and a code identifier written as
// prose (dataLayer, max_input_vars). The names everyone knows (PDF, VAT, Wi-Fi, URL, time zones,
// money, titles) are the packs' `known` group, editable as data; code spans are never prose.
import { PACK_DATA } from '../packs/generated.js';
import { normalizeText } from './phrases.js';
import type { JargonTerm } from './jargon-terms.js';

const words = (rule: string, group: string): Set<string> => new Set(PACK_DATA.filter((p) => p.rule === rule)
  .flatMap((p) => p.groups[group] ?? p.classes[group] ?? []).flatMap((line) => normalizeText(line).split(/\s+/)).filter(Boolean));
const KNOWN = words('unexplained-jargon', 'known');
// Capitals that are emphasis or clock times, not names: the shouting rule's own lists.
const NOT_NAMES = new Set([...words('shouting', 'emphatic'), ...words('shouting', 'clock')]);

// 3 to 5 capitals (digits allowed, a plural s; two letters are too often a name: SE, GP, BI), alone between spaces or punctuation: not part of a
// longer word, a path, an address, a version ("v2", "E-mail") or a template hint ("[DATE]", "{{date}}").
const ACRONYM = /(?<![\p{L}\p{N}_./@#{[<-])(\p{N}?\p{Lu}[\p{Lu}\p{N}]{2,4})(s?)(?![\p{L}\p{N}_@}\]>-]|[./]\p{L})/gu;
// An identifier: snake_case, or camelCase that starts lower case (dataLayer, onClick; not iPhone, eBay).
const IDENTIFIER = /(?<![\p{L}\p{N}_./@#{[<-])(?:\p{Ll}+_[\p{L}\p{N}_]+|\p{Ll}{2,}\p{Lu}\p{Ll}+[\p{L}\p{N}]*)(?![\p{L}\p{N}_@}\]>-])/gu;
// Most words in capitals: a shouted sentence, the shouting rule's to judge.
const CAPS_WORD = /\b\p{Lu}{2,}\b/gu;
const WORD = /\b\p{L}{2,}\b/gu;

const NAMED_AFTER = /^\s+(?:badges?|labels?|buttons?|tags?|tabs?|banners?|stickers?|boutons?|etiquettes?|étiquettes?|onglets?|bandeaux?|sas|sarl|sasu|eurl|sa|ltd|llc|inc|plc|gmbh|bv|ag|group|groupe)(?![\p{L}])/iu;

const cache = new Map<string, JargonTerm>();
const termFor = (id: string): JargonTerm => {
  let t = cache.get(id);
  if (!t) {
    t = { id, en: [id.toLowerCase()], fr: [id.toLowerCase()] };
    if (cache.size > 500) cache.clear();
    cache.set(id, t);
  }
  return t;
};

export interface OpenHit { term: JargonTerm; start: number; end: number; }

/** Terms found by their shape in a sentence's plain text (offsets into it); `listed`: words the packs already know. */
export function openTerms(plain: string, listed: (norm: string) => boolean): OpenHit[] {
  if (!/\p{Lu}|_/u.test(plain)) return [];
  const out: OpenHit[] = [];
  const caps = plain.match(CAPS_WORD)?.length ?? 0;
  const shouted = caps >= 3 && caps / (plain.match(WORD)?.length ?? 1) >= 0.5;
  if (!shouted) {
    for (const m of plain.matchAll(ACRONYM)) {
      const id = m[1]!;
      const norm = normalizeText(id);
      // Two capitals at least, or a digit; not a paper size, version, quarter or network ("A4", "V2", "Q1", "4G").
      if (!/\p{Lu}.*\p{Lu}|\p{N}/u.test(id) || /^(?:\p{Lu}\p{N}+|\p{N}+\p{Lu})$/u.test(id)) continue;
      // A bank or reference number ("FR76 3000 4…", "GB29 NWBK…"): not a word.
      if (/^\p{Lu}{2}\p{N}{2}$/u.test(id) || /^\s+\p{N}{3}/u.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      if (KNOWN.has(norm) || KNOWN.has(norm + (m[2] ?? '')) || NOT_NAMES.has(norm) || listed(norm)) continue;
      // A name: a label on screen ("the NEW badge") or a company with its legal form ("ACME SAS").
      if (NAMED_AFTER.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      out.push({ term: termFor(id), start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of plain.matchAll(IDENTIFIER)) {
    if (listed(normalizeText(m[0]))) continue;
    out.push({ term: termFor(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
