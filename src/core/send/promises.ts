// The dated promises a note makes, for the log (P4, P15): what I promise with a date ("I will send
// the mock-ups by Friday 4 December", « je vous envoie le devis d'ici le 4 décembre »), what I ask
// of the client with a date ("I need the logo files by …", « il me faudrait … avant le … »), and
// the next-contact date. Read from what the client receives (internal sections are not promises);
// dates through the linter's reader, relative to the note's `date:`.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Lang } from '../ports.js';
import type { Commitment } from '../log/record.js';
import { localDay } from '../log/dates.js';
import { readFrontMatter } from '../markdown/front-matter.js';
import { dateFromFrontMatter, langFromFrontMatter, typeFromFrontMatter } from '../notes/note-info.js';
import { sectionIdOf } from '../notes/sections.js';
import { detectLanguage } from '../lint/text/language.js';
import { splitSentences } from '../lint/text/sentences.js';
import { findDates } from '../lint/text/dates.js';
import { normalizeText } from '../lint/text/normalize.js';
import { clientTree } from './render.js';

export interface NotePromises {
  commitments: Commitment[];
  /** YYYY-MM-DD */
  nextContact?: string;
}

// Cues on accent-free lowercase text (normalizeText). First person future or present of a promise.
const MINE = /\b(?:i will|i'll|i shall|we will|we'll|i am going to|i'm going to|we are going to|you will (?:receive|get|have)|you'll (?:receive|get|have)|i (?:send|deliver|finish|ship)|je vous (?:envoie|enverrai|livre|livrerai|transmets|transmettrai|ferai|fais|propose|proposerai|remets|remettrai)|je te (?:livre|livrerai|envoie|enverrai|transmets|ferai)|je (?:livre|livrerai|termine|terminerai|finis|finirai|vais|m'engage)|nous (?:allons|livrerons|enverrons)|vous (?:recevrez|aurez)|tu (?:recevras|auras))\b/;
// What the client is asked for.
const THEIRS = /\b(?:i need|i'll need|i will need|i would need|i'd need|we need|we'll need|please (?:send|provide|confirm|decide|approve|review|let me know)|could you|can you|would you|your (?:decision|approval|feedback)|il me faudrait|il me faut|il nous faudrait|il nous faut|j'ai besoin|j'aurai besoin|nous avons besoin|merci de|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|votre (?:decision|validation|accord|retour))\b/;

function sectionOf(blocks: { start: number; id?: string }[], offset: number): string | undefined {
  let id: string | undefined;
  for (const b of blocks) { if (b.start > offset) break; id = b.id; }
  return id;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[-*+]\s+/, '').replace(/[.;:!]+$/, '').trim();

export function extractPromises(noteText: string, today: Date): NotePromises {
  const fm = readFrontMatter(noteText);
  const type = typeFromFrontMatter(fm.data);
  const { tree } = clientTree(noteText);
  const refDate = dateFromFrontMatter(fm.data) ?? today;
  const lang: Lang = langFromFrontMatter(fm.data) ?? detectLanguage(toString(tree)).lang;
  // Where each section starts, by the heading's section id.
  const blocks: { start: number; id?: string }[] = [];
  for (const n of tree.children as RootContent[]) {
    if (n.type === 'heading') blocks.push({ start: n.position?.start.offset ?? 0, id: sectionIdOf(toString(n as Heading), type) });
  }
  const out: NotePromises = { commitments: [] };
  const seen = new Set<string>();
  for (const s of splitSentences(tree, noteText, lang, false)) {
    if (s.quoted) continue;
    const dates = findDates(s.text, ['en', 'fr'], refDate).filter(d => d.concrete);
    if (!dates.length) continue;
    const due = localDay(dates[0]!.date);
    const section = sectionOf(blocks, s.span.start);
    const norm = normalizeText(s.text);
    if (section === 'next-contact') { out.nextContact ??= due; continue; }
    const by = THEIRS.test(norm) || section === 'needed' || section === 'decision-date' ? 'client' : MINE.test(norm) ? 'me' : undefined;
    if (!by) continue;
    const what = clean(s.text);
    if (!what || seen.has(what)) continue;
    seen.add(what);
    out.commitments.push({ by, what, due, state: 'open' });
  }
  return out;
}

/** Whether `text` already names the day `due` (YYYY-MM-DD): then "(by …)" after it would repeat it. */
export function namesDay(text: string, due: string, today: Date): boolean {
  return findDates(text, ['en', 'fr'], today).some(d => d.concrete && localDay(d.date) === due);
}
