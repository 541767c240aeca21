// Technical terms outside the packs' lists, found by their shape (unexplained-jargon): a word in
// capitals that is not a known name (LCP, TTFB, GTIN, APNs, 3DS2), and a code identifier written as
// prose (dataLayer, max_input_vars). The names everyone knows (PDF, VAT, Wi-Fi, URL, time zones,
// money, titles) are the packs' `known` group, editable as data; code spans are never prose.
import { packWords } from '../packs/index.js';
import { normalizeText } from './phrases.js';
import type { JargonTerm } from './jargon-terms.js';

const words = packWords;
const KNOWN = words('unexplained-jargon', 'known');
// Plain nouns that show capitals name a thing of the client's own trade or an office ("the EORI
// number", "the IATA code", « la grille HACCP », « le service SIG »): the pack's `name-heads` group.
export const NAME_HEADS = words('unexplained-jargon', 'name-heads');
// What an office or authority does ("the DGAC closed the airspace", « la CNIL exige »): the pack's `office-verbs`.
const OFFICE_VERBS = words('unexplained-jargon', 'office-verbs');
const AUX = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'avaient', 'will', 'va', 'vient', 'de', 'd\'', 'just', 'now', 'also', 'aussi']);
// A version after it names a standard or a product ("WCAG 2.2 AA", « le RGAA 4.1 »).
const VERSION = /^\s+v?\p{N}+[.,]\p{N}/u;
// Capitals that are emphasis or clock times, not names: the shouting rule's own lists.
const NOT_NAMES = new Set([...words('shouting', 'emphatic'), ...words('shouting', 'clock')]);

// 3 to 5 capitals (digits allowed, a plural s; two letters are too often a name: SE, GP, BI), alone between spaces or punctuation: not part of a
// longer word, a path, an address, a version ("v2", "E-mail") or a template hint ("[DATE]", "{{date}}").
const ACRONYM = /(?<![\p{L}\p{N}_./@#{[<-])(\p{N}?\p{Lu}[\p{Lu}\p{N}]{2,4})(s?)(?![\p{L}\p{N}_@}\]>-]|[./]\p{L})/gu;
// An identifier: snake_case, or camelCase that starts lower case (dataLayer, onClick; not iPhone, eBay).
// A file name with its extension ("prices_march.xlsx", « rapport_T4.pdf ») is a document, not code.
const IDENTIFIER = /(?<![\p{L}\p{N}_./@#{[<-])(?:\p{Ll}+_[\p{L}\p{N}_]+|\p{Ll}{2,}\p{Lu}\p{Ll}+[\p{L}\p{N}]*)(?![\p{L}\p{N}_@}\]>-]|\.\p{L})/gu;
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

/** `shape`: capitals, reported only with technical company (the rule decides); identifiers are not. */
export interface OpenHit { term: JargonTerm; start: number; end: number; shape?: boolean; }

const CAPS_TOKEN = /(?<![\p{L}\p{N}_])\p{N}?\p{Lu}[\p{Lu}\p{N}]+s?(?![\p{L}\p{N}_])/gu;
// Between two items of a list: "USB, HDMI and LAN", « le CO2, le PAR et le VPD ».
const LIST_GAP = /^\s*(?:,|\/|&|\band\b|\bor\b|\bet\b|\bou\b)\s*(?:(?:and|or|et|ou)\s+)?(?:(?:the|le|la|les|l'|du|des)\s*)?$/iu;

// A proper name: a capital then small letters (inner capitals and a domain allowed: MoMo, Booking.com),
// right before the capitals (a space, "&" or a list comma between) or right after them (a space).
const PROPER_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:\.\p{Ll}{2,4})?)(?:\s*,\s*|\s+&\s+\p{Lu}\p{Ll}+\s+|\s+)$/u;
const PROPER_AFTER = /^\s(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}])/u;
// Capitalised words that are not names: sentence openers, weekdays and months, titles of a section.
const FUNCTION_WORD = /^(?:The|This|That|These|Those|Our|Your|My|Their|Its|His|Her|An?|And|Or|But|If|When|For|From|With|To|In|On|At|By|Of|Le|La|Les|Un|Une|Des|Du|De|Ce|Cette|Ces|Notre|Votre|Nos|Vos|Mon|Ma|Mes|Son|Sa|Ses|Leur|Et|Ou|Mais|Si|Pour|Par|Avec|Sur|Dans|Chez|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Next|New|Old|Fix|Note|Update|Done|Next|Status|Point|Nouveau|Nouvelle)$/u;

/**
 * Capitals that read as names, not acronyms to explain: in a run of capital words (a label, "BOOK
 * NOW"), listed with a name everyone knows ("USB, HDMI and LAN ports"), after an opened quote, next
 * to a plain noun of the trade ("the EORI number"), or the client's own ("your ABN", "the ASA
 * guidance you forwarded", « les consignes de l'ARPP que vous m'avez transmises »).
 */
function nameSpans(plain: string): Array<[number, number]> {
  const caps = [...plain.matchAll(CAPS_TOKEN)].map((m) => ({ a: m.index, b: m.index + m[0].length, known: KNOWN.has(normalizeText(m[0]).replace(/s$/, '')) || KNOWN.has(normalizeText(m[0])) }));
  const out: Array<[number, number]> = [];
  // A chain of list items with one known name: all of them are names of the same kind.
  for (let i = 0; i < caps.length;) {
    let j = i;
    while (j + 1 < caps.length && LIST_GAP.test(plain.slice(caps[j]!.b, caps[j + 1]!.a))) j++;
    const chain = caps.slice(i, j + 1);
    if (chain.length > 1 && chain.some((c) => c.known)) for (const c of chain) out.push([c.a, c.b]);
    i = j + 1;
  }
  for (let i = 0; i + 1 < caps.length; i++) {
    if (/^ +$/.test(plain.slice(caps[i]!.b, caps[i + 1]!.a))) out.push([caps[i]!.a, caps[i]!.b], [caps[i + 1]!.a, caps[i + 1]!.b]);
  }
  // Beside a proper name mid-sentence, the capitals are part of it: a product ("Salesforce NPSP", "MTN
  // MoMo"), a firm's legal form ("Thornbury & Hale LLP"), or one more name in a list of names
  // ("Booking.com, HRS et le site de l'hôtel").
  for (const c of caps) {
    const before = PROPER_BEFORE.exec(plain.slice(0, c.a));
    const after = PROPER_AFTER.exec(plain.slice(c.b));
    if ((before && before.index > 0 && !FUNCTION_WORD.test(before[1]!)) || (after && !FUNCTION_WORD.test(after[1]!))) out.push([c.a, c.b]);
  }
  const open = Math.max(plain.lastIndexOf('\u00ab'), plain.lastIndexOf('\u201c'));
  if (open >= 0 && plain.indexOf(open === plain.lastIndexOf('\u00ab') ? '\u00bb' : '\u201d', open) < 0) out.push([open, plain.length]);
  return out;
}

const WORDS_AFTER = /^(?:\s+[\p{L}'-]+){1,6}/u;
const WORDS_BEFORE = /(?:[\p{L}'-]+\s*){1,4}$/u;
const CLIENT_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:that |que |qu'\s*)?(?:you|vous|tu)\s+(?!\p{Lu})/u;
const CLOCK_BEFORE = /\d{1,2}(?:[:.h]\s?\d{2}|\s?(?:am|pm|h))\s+$/iu;
const CLIENT_BEFORE = /(?:^|[^\p{L}])(?:your|votre|vos|ton|ta|tes)\s+$/iu;

/** The capitals at [a, b) name a thing of the client's trade or the client's own. */
function namedInWords(plain: string, a: number, b: number): boolean {
  const after = normalizeText(WORDS_AFTER.exec(plain.slice(b, b + 60))?.[0] ?? '').split(/\s+/).filter(Boolean);
  // "the EORI number", "the WCAG contrast check": the head within two words.
  if (after.slice(0, 2).some((w) => NAME_HEADS.has(w) || NAME_HEADS.has(w.replace(/s$/, '')))) return true;
  if (VERSION.test(plain.slice(b, b + 12))) return true;
  const verb = after.find((w) => !AUX.has(w));
  if (verb && OFFICE_VERBS.has(verb) && after.indexOf(verb) <= 2) return true;
  // « le numéro EORI », « la grille HACCP », « le contrôle de contraste RGAA », « les consignes de l'ARPP ».
  const before = normalizeText(WORDS_BEFORE.exec(plain.slice(Math.max(0, a - 50), a))?.[0] ?? '').replace(/'/g, "' ").split(/\s+/).filter(Boolean);
  // "the number of XHRs" counts them: a quantity, not a name.
  if (/(?:^|\s)(?:number|numbers) of(?: the)?\s*$/.test(before.join(' '))) return false;
  const near = before.filter((w) => !/^(?:de|d'|du|des|la|le|l'|les|of|the)$/.test(w)).slice(-2);
  if (near.some((w) => NAME_HEADS.has(w) || NAME_HEADS.has(w.replace(/[sx]$/, '')))) return true;
  // Right after a clock time: a time zone ("16:00 NZDT", « 15 h HNE »).
  if (CLOCK_BEFORE.test(plain.slice(Math.max(0, a - 12), a))) return true;
  return CLIENT_AFTER.test(plain.slice(b, b + 60)) || CLIENT_BEFORE.test(plain.slice(Math.max(0, a - 12), a));
}

/** Terms found by their shape in a sentence's plain text (offsets into it); `listed`: words the packs already know. */
export function openTerms(plain: string, listed: (norm: string) => boolean): OpenHit[] {
  if (!/\p{Lu}|_/u.test(plain)) return [];
  const out: OpenHit[] = [];
  const caps = plain.match(CAPS_WORD)?.length ?? 0;
  const names = nameSpans(plain);
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
      const a = m.index, b = m.index + m[0].length;
      if (names.some(([x, y]) => x <= a && b <= y) || namedInWords(plain, a, b)) continue;
      out.push({ term: termFor(id), start: a, end: b, shape: true });
    }
  }
  for (const m of plain.matchAll(IDENTIFIER)) {
    if (listed(normalizeText(m[0]))) continue;
    out.push({ term: termFor(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
