// Which note-type section a heading is: exact synonym, synonym then more words ("Options (2)",
// "Next contact: Friday"), or a multi-word synonym inside the heading. The note's own type is
// tried first so "Options" in a reply is the reply's section, not the incident's.
import { LANGS } from '../ports.js';
import { NOTE_TYPES, noteType, normalizeHeading, type NoteTypeId, type SectionDef } from './note-types.js';

interface Candidate { id: string; norm: string; own: boolean; }

const allCache = new Map<string, Candidate[]>();

function candidates(type: NoteTypeId | undefined): Candidate[] {
  const key = type ?? '';
  let list = allCache.get(key);
  if (list) return list;
  list = [];
  const own = type ? noteType(type)?.sections ?? [] : [];
  const push = (sec: SectionDef, isOwn: boolean) => {
    for (const lang of LANGS) for (const h of sec.headings[lang]) {
      const norm = normalizeHeading(h);
      if (norm) list!.push({ id: sec.id, norm, own: isOwn });
    }
  };
  for (const sec of own) push(sec, true);
  for (const t of NOTE_TYPES) if (t.id !== type) for (const sec of t.sections) push(sec, false);
  allCache.set(key, list);
  return list;
}

/** The section id `heading` stands for, or undefined. */
export function sectionIdOf(heading: string, type?: NoteTypeId): string | undefined {
  const norm = normalizeHeading(heading.replace(/^\s*(?:\d+[.)]|[a-z][.)])\s+/i, ''));
  if (!norm) return undefined;
  const list = candidates(type);
  // Exact beats prefix beats containment; the note's own sections beat other types' at each level.
  for (const test of [
    (c: Candidate) => norm === c.norm,
    (c: Candidate) => norm.startsWith(c.norm + ' '),
    (c: Candidate) => c.norm.includes(' ') && ` ${norm} `.includes(` ${c.norm} `),
  ]) {
    const hit = list.find(c => c.own && test(c)) ?? list.find(c => !c.own && test(c));
    if (hit) return hit.id;
  }
  return undefined;
}

/** The heading a template writes for a section, in a language. */
export function sectionHeading(type: NoteTypeId, sectionId: string, lang: 'en' | 'fr'): string | undefined {
  return noteType(type)?.sections.find(s => s.id === sectionId)?.headings[lang][0];
}
