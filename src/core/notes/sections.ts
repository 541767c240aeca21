// Which note-type section a heading is: exact synonym, synonym then more words ("Options (2)",
// "Next contact: Friday"), a multi-word synonym inside the heading, or, for the note's own type,
// what the heading is about (section-cues.ts). The note's own type is tried first so "Options" in
// a reply is the reply's section, not the incident's.
import { LANGS } from '../ports.js';
import { NOTE_TYPES, noteType, normalizeHeading, type NoteTypeId, type SectionDef } from './note-types.js';
import { HEADING_CUES } from './section-cues.js';
import { hasPhrase, normalizeText, type PhraseFamily } from '../lint/text/phrases.js';

interface Index { own: Map<string, string>; other: Map<string, string>; maxWords: number; }

const cache = new Map<string, Index>();

/** Synonym (normalized) -> section id, for the note's own type and for every other type. */
function index(type: NoteTypeId | undefined): Index {
  const key = type ?? '';
  let idx = cache.get(key);
  if (idx) return idx;
  idx = { own: new Map(), other: new Map(), maxWords: 1 };
  const add = (map: Map<string, string>, sec: SectionDef) => {
    for (const lang of LANGS) for (const h of sec.headings[lang]) {
      const norm = normalizeHeading(h);
      if (!norm || map.has(norm)) continue;
      map.set(norm, sec.id);
      idx!.maxWords = Math.max(idx!.maxWords, norm.split(' ').length);
    }
  };
  for (const sec of (type ? noteType(type)?.sections : undefined) ?? []) add(idx.own, sec);
  for (const t of NOTE_TYPES) if (t.id !== type) for (const sec of t.sections) add(idx.other, sec);
  cache.set(key, idx);
  return idx;
}

/** Exact synonym, then a synonym followed by more words, then a multi-word synonym inside the heading. */
function listed(map: Map<string, string>, norm: string, words: string[], maxWords: number): string | undefined {
  const exact = map.get(norm);
  if (exact) return exact;
  for (let n = Math.min(words.length - 1, maxWords); n >= 1; n--) {
    const hit = map.get(words.slice(0, n).join(' '));
    if (hit) return hit;
  }
  for (let n = Math.min(words.length, maxWords); n >= 2; n--) {
    for (let i = 1; i + n <= words.length; i++) {
      const hit = map.get(words.slice(i, i + n).join(' '));
      if (hit) return hit;
    }
  }
  return undefined;
}

const cueFamilies = new Map<string, Array<[string, PhraseFamily]>>();

/** The note type's heading cues (section-cues.ts), in their order of precedence. */
function cuesFor(type: NoteTypeId): Array<[string, PhraseFamily]> {
  let out = cueFamilies.get(type);
  if (!out) {
    const own = new Set(noteType(type)?.sections.map(sec => sec.id) ?? []);
    out = HEADING_CUES.filter(([id]) => own.has(id)).map(([id, patterns]) => [id, { id: `heading-${id}`, patterns }]);
    cueFamilies.set(type, out);
  }
  return out;
}

/** The section of the note's type a heading is about, by meaning ("Looking ahead", « La suite »). */
export function sectionByMeaning(heading: string, type: NoteTypeId): string | undefined {
  const norm = normalizeText(heading.slice(0, 200));
  return cuesFor(type).find(([, family]) => hasPhrase(family, norm, LANGS, norm))?.[0];
}

/**
 * The section id `heading` stands for, or undefined. The note's own sections come first: listed
 * synonyms, then (unless `byMeaning` is false, as for a note's title) the meaning of the heading;
 * other types' synonyms last. Map look-ups and a few phrase tests: cheap on every line.
 */
export function sectionIdOf(heading: string, type?: NoteTypeId, byMeaning = true): string | undefined {
  // Notes are written from the templates, so the same headings come back in note after note and on
  // every lint of a note being edited: answers kept per type, dropped all at once past a bound.
  const key = `${type ?? ''}|${byMeaning ? 1 : 0}`;
  let byType = known.get(key);
  if (!byType) known.set(key, (byType = new Map()));
  const hit = byType.get(heading);
  if (hit !== undefined) return hit ?? undefined;
  const id = lookUp(heading, type, byMeaning);
  if (byType.size >= KNOWN_MAX) byType.clear();
  byType.set(heading, id ?? null);
  return id;
}

const known = new Map<string, Map<string, string | null>>();
const KNOWN_MAX = 4096;

const CLIENT_SIDE = /(?:^| )(?:for you|from you|your side|your end|(?:de|du) (?:ton|ta|tes|votre|vos) (?:cote|part|bord)|pour (?:toi|vous)|a (?:toi|vous))(?: |$)/;

function lookUp(heading: string, type: NoteTypeId | undefined, byMeaning: boolean): string | undefined {
  const norm = normalizeHeading(heading.slice(0, 200).replace(/^\s*(?:\d+[.)]|[a-z][.)])\s+/i, ''));
  if (!norm) return undefined;
  const idx = index(type);
  const words = norm.split(' ');
  const own = listed(idx.own, norm, words, idx.maxWords);
  // « À faire de ton côté », "Next steps for you": what comes next, addressed to the client, is what they must do.
  if (own === 'next' && type && byMeaning && CLIENT_SIDE.test(norm) && noteType(type)?.sections.some((s) => s.id === 'needed')) return 'needed';
  return own
    ?? (type && byMeaning ? sectionByMeaning(heading, type) : undefined)
    ?? listed(idx.other, norm, words, idx.maxWords);
}
