// Which note-type section a heading is: exact synonym, synonym then more words ("Options (2)",
// "Next contact: Friday"), or a multi-word synonym inside the heading. The note's own type is
// tried first so "Options" in a reply is the reply's section, not the incident's.
import { LANGS } from '../ports.js';
import { NOTE_TYPES, noteType, normalizeHeading, type NoteTypeId, type SectionDef } from './note-types.js';

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

// Notes are written from the templates, so the same headings come back in note after note and on
// every lint of a note being edited: answers kept per type, dropped all at once past a bound.
const known = new Map<string, Map<string, string | null>>();
const KNOWN_MAX = 4096;

/** The section id `heading` stands for, or undefined. */
export function sectionIdOf(heading: string, type?: NoteTypeId): string | undefined {
  let byType = known.get(type ?? '');
  if (!byType) known.set(type ?? '', (byType = new Map()));
  const hit = byType.get(heading);
  if (hit !== undefined) return hit ?? undefined;
  const id = lookUp(heading, type);
  if (byType.size >= KNOWN_MAX) byType.clear();
  byType.set(heading, id ?? null);
  return id;
}

function lookUp(heading: string, type?: NoteTypeId): string | undefined {
  const norm = normalizeHeading(heading.slice(0, 200).replace(/^\s*(?:\d+[.)]|[a-z][.)])\s+/i, ''));
  if (!norm) return undefined;
  const idx = index(type);
  const words = norm.split(' ');
  // Exact beats prefix ("Next contact: Friday") beats a multi-word synonym inside the heading;
  // the note's own sections beat other types' at each level. Map look-ups: cheap on every line.
  const exact = idx.own.get(norm) ?? idx.other.get(norm);
  if (exact) return exact;
  for (let n = Math.min(words.length - 1, idx.maxWords); n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    const hit = idx.own.get(prefix) ?? idx.other.get(prefix);
    if (hit) return hit;
  }
  for (const map of [idx.own, idx.other]) {
    for (let n = Math.min(words.length, idx.maxWords); n >= 2; n--) {
      for (let i = 1; i + n <= words.length; i++) {
        const hit = map.get(words.slice(i, i + n).join(' '));
        if (hit) return hit;
      }
    }
  }
  return undefined;
}
