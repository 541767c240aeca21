// Finds the options a note puts to the client, however they are written: items of an "Options"
// section (list, sub-headings or table rows), "Option A: …" headings, list items or paragraphs.
// Shared by incident-options and decision-deadline.
import type { ListItem, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoteContext, Span } from './types.js';
import { bodySpan, sectionItems, sectionsWith, type Item } from './structure.js';
import { sectionIdOf } from '../notes/sections.js';

export interface OptionsFound { items: Item[]; table?: Table; anchor: Span; section?: Span; }

// "Plan A", « plan B » name options too; « plan d'action » does not.
const LABEL = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:option|solution|choix|choice|piste|scénario|scenario|scenario)(?:\s*\d{1,2}|\s+(?:[A-Z]|one|two|three|four|un|deux|trois|quatre))?\b|plan\s+(?:[A-D]|[1-4])(?![A-Za-z'’]))[^\n]*$/gim;

/** "Option A: …" lines, each item running to the next such line, heading or the end of `span`. */
function labelledOptions(text: string, span: Span): Item[] {
  const slice = text.slice(span.start, span.end);
  const starts: number[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(slice); m; m = LABEL.exec(slice)) starts.push(m.index);
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]! : slice.length;
    const nextHeading = slice.slice(s + 1, end).search(/\n#{1,6}[ \t]/);
    if (nextHeading !== -1 && !/^#{1,6}/.test(slice.slice(s).trimStart())) end = s + 1 + nextHeading;
    return { text: slice.slice(s, end), span: { start: span.start + s, end: span.start + end } };
  });
}

// A paragraph announcing choices, ending with a colon: "I see two ways forward:", « Deux possibilités : »,
// "Here is what I suggest:", « Voici ce que je vous propose : ».
const INTRO = /\b(?:options?|choices?|choose|ways?|alternatives?|possibilit(?:y|ies)|scenarios?|solutions?|either|pistes?|choix|fa[cç]ons|mani[eè]res|possibilit[eé]s?|sc[eé]narios?|solutions?|choisir|can do|could do|pouvons faire|pourrions faire|peux faire|pourrais faire|on peut faire|rattraper|rem[eé]dier|fix it|fix this|propos\p{L}*|sugg[eéè]r\p{L}*|suggest\p{L}*|recommend\p{L}*|offer|offrir|what (?:i|we) (?:can|could) (?:do|offer)|ce que (?:je|nous|l'on|on) (?:peux|pouvons|peut|pourrais|pourrions|pourrait)|ce qu'on (?:peut|pourrait))(?![\p{L}])[^\n]*[:\u00a0 ]:?\s*$/iu;

/**
 * A bold line standing as a heading ("**Your options**", « **Vos options :** ») and the list or
 * table under it: many emails mark their sections this way rather than with Markdown headings.
 */
function boldLabelled(ctx: NoteContext): { items: Item[]; table?: Table; anchor: Span } | undefined {
  const nodes = ctx.tree.children as RootContent[];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const p = nodes[i]!, next = nodes[i + 1]!;
    if (p.type !== 'paragraph' || (next.type !== 'list' && next.type !== 'table')) continue;
    const [first, ...rest] = p.children;
    if (first?.type !== 'strong' || rest.some(c => c.type !== 'text' || !/^[\s:.\u00a0]*$/.test(c.value))) continue;
    const label = toString(first).replace(/[\s:.\u00a0]+$/, '');
    if (sectionIdOf(label, ctx.type) !== 'options') continue;
    const start = p.position?.start.offset ?? 0;
    const anchor = { start, end: p.position?.end.offset ?? start };
    if (next.type === 'list') {
      return { anchor, items: (next.children as ListItem[]).map(li => ({ text: toString(li), span: { start: li.position?.start.offset ?? 0, end: li.position?.end.offset ?? 0 } })) };
    }
    const rows = next.children.slice(1);
    return { anchor, table: next, items: rows.map(r => ({ text: r.children.map(c => toString(c)).join(' | '), span: { start: r.position?.start.offset ?? 0, end: r.position?.end.offset ?? 0 } })) };
  }
  return undefined;
}

// "A: I resend the confirmations…", "B) Your staff call…": list items lettered as choices.
const LETTERED = /^\s*(?:\*\*|__)?[A-D](?:\*\*|__)?\s?[:.)]/u;

/** A list whose items are lettered A, B… (two or more): the choices, whatever announces them. */
function letteredList(ctx: NoteContext): Item[] {
  for (const node of ctx.tree.children as RootContent[]) {
    if (node.type !== 'list' || node.children.length < 2) continue;
    // Cheap test on the first item's own text before reading any item's content.
    const first = node.children[0]!.position;
    if (!first || !LETTERED.test(ctx.text.slice(first.start.offset ?? 0, (first.start.offset ?? 0) + 16).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))) continue;
    const items = (node.children as ListItem[]).map(li => ({ text: toString(li), span: { start: li.position?.start.offset ?? 0, end: li.position?.end.offset ?? 0 } }));
    const raw = items.map(i => ctx.text.slice(i.span.start, i.span.end).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    if (items.length >= 2 && raw.every((r, k) => LETTERED.test(r) && r.replace(/^\s*(?:\*\*|__)?/, '')[0] === 'ABCD'[k])) return items;
  }
  return [];
}

/** A list right after a paragraph that announces options, when nothing else names them. */
function announcedList(ctx: NoteContext): Item[] {
  const nodes = ctx.tree.children as RootContent[];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const p = nodes[i]!, l = nodes[i + 1]!;
    if (p.type !== 'paragraph' || l.type !== 'list' || !INTRO.test(toString(p).trim()) || !toString(p).trim().endsWith(':')) continue;
    const items = (l.children as ListItem[]).map(li => ({ text: toString(li), span: { start: li.position?.start.offset ?? 0, end: li.position?.end.offset ?? 0 } }));
    if (items.length >= 2) return items;
  }
  return [];
}

// Three rules ask for a note's options: found once per note context.
const FOUND = new WeakMap<NoteContext, { value: OptionsFound | undefined }>();

export function findOptions(ctx: NoteContext): OptionsFound | undefined {
  let hit = FOUND.get(ctx);
  if (!hit) FOUND.set(ctx, (hit = { value: findOptionsNow(ctx) }));
  return hit.value;
}

function findOptionsNow(ctx: NoteContext): OptionsFound | undefined {
  const sections = sectionsWith(ctx, ['options']).filter(s => !/recommand|recommend/i.test(s.heading));
  if (sections.length) {
    const sec = sections[0]!;
    const { items, table } = sectionItems(ctx, sec);
    const found = items.length ? items : labelledOptions(ctx.text, bodySpan(sec));
    return { items: found, table: items.length ? table : undefined, anchor: sec.headingSpan, section: sec.span };
  }
  const bold = boldLabelled(ctx);
  if (bold && bold.items.length) return bold;
  const lettered = letteredList(ctx);
  if (lettered.length) return { items: lettered, anchor: { start: lettered[0]!.span.start, end: lettered[0]!.span.start + lettered[0]!.text.split('\n')[0]!.length } };
  const all = labelledOptions(ctx.text, { start: 0, end: ctx.text.length });
  if (all.length) return { items: all, anchor: { start: all[0]!.span.start, end: all[0]!.span.start + all[0]!.text.split('\n')[0]!.length } };
  const listed = announcedList(ctx);
  if (listed.length) return { items: listed, anchor: { start: listed[0]!.span.start, end: listed[0]!.span.start + listed[0]!.text.split('\n')[0]!.length } };
  return undefined;
}
